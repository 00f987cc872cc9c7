/// A rectangle of the screen, in cells.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var bottom: Int { y + height }
}

/// Where the parts of the marking screen go at a given size. At 72 columns and more the key
/// questions and the selected one's detail sit side by side; narrower, they stack.
public struct MarkingLayout: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public let stacked: Bool
    /// The case's attributes, on their own line when there is room.
    public let detailsRow: Int?
    /// A rule under the header when there is room.
    public let ruleRow: Int?
    public let questions: Rect
    public let detail: Rect
    public let liveRows: [Int]
    public var statusRow: Int { height - 2 }
    public var hintRow: Int { height - 1 }

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        stacked = width < 72
        detailsRow = height >= 16 ? 1 : nil
        ruleRow = height >= 20 ? 2 : nil
        let top = 1 + (detailsRow == nil ? 0 : 1) + (ruleRow == nil ? 0 : 1)
        let liveCount = height >= 16 ? 2 : 1
        let bodyBottom = height - 2 - liveCount
        liveRows = Array(bodyBottom..<(bodyBottom + liveCount))
        let bodyHeight = max(0, bodyBottom - top)
        if stacked {
            let listHeight = max(3, bodyHeight * 2 / 5)
            questions = Rect(x: 0, y: top, width: width, height: min(listHeight, bodyHeight))
            detail = Rect(x: 0, y: top + questions.height, width: width, height: bodyHeight - questions.height)
        } else {
            let left = min(44, max(30, width * 9 / 20))
            questions = Rect(x: 0, y: top, width: left, height: bodyHeight)
            detail = Rect(x: left + 2, y: top, width: width - left - 2, height: bodyHeight)
        }
    }
}

/// The list screens (cases, results, help): a header, column heads, rows, status and hints.
public struct ListLayout: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public var headerRow: Int { 0 }
    public var columnsRow: Int { 1 }
    public var rows: Rect { Rect(x: 0, y: 2, width: width, height: height - 4) }
    public var statusRow: Int { height - 2 }
    public var hintRow: Int { height - 1 }

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// How far the list scrolls so that `selected` is on screen, roughly centred.
    public func scroll(selected: Int, count: Int) -> Int {
        let visible = max(1, rows.height)
        guard count > visible else { return 0 }
        return min(max(0, selected - visible / 2), count - visible)
    }
}
