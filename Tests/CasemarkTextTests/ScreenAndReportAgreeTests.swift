import CasemarkTUI
import CasemarkText
import Testing

@testable import CasemarkReport

/// Issue 10.4: the screens and the reports measure with one table, so a name lines up the same
/// on screen and on paper (they used to disagree on ⌚ ✅ ⭐ 🫠, 👩‍💻 and 🇬🇧).
@Suite struct ScreenAndReportAgreeTests {
    static let names = [
        "Ann Lee", "李小龙", "Chloe\u{301} Duval", "Ines Sørensen", "⌚ Watch", "✅ Done", "⭐ Star", "🫠 Melt",
        "👩‍💻 Coder", "🇬🇧 Briton", "👍🏽 Thumbs", "❤️ Heart", "한국어",
    ]

    @Test("a report's column and a screen's column are the same width for every name")
    func sameColumns() {
        let widest = Self.names.map { CellWidth.of($0) }.max()!
        let table = ReportTable(
            title: "Officers", columns: [ReportTable.Column("Officer"), ReportTable.Column("Cases", alignRight: true)],
            rows: Self.names.map { .keyQuestion([$0, "12"]) })
        let lines = TextTable.render(table).split(separator: "\n").map(String.init)
        for name in Self.names {
            let row = try! #require(lines.first { $0.hasPrefix(name) })
            // The report pads the name to the widest, then two spaces, then the right-aligned count.
            #expect(CellWidth.of(row) == max(widest, "Officer".count) + 2 + "Cases".count, "\(row)")
            #expect(row.hasSuffix("   12"), "\(row)")

            // The screen draws the same name padded to the same width, and the next column starts there.
            var buffer = ScreenBuffer(width: 40, height: 1)
            let used = buffer.put(TextLayout.fit(name, to: widest), x: 0, y: 0)
            #expect(used == widest, "\(name)")
            buffer.put("|", x: used, y: 0)
            #expect(buffer[used, 0].character == "|", "\(name)")
            #expect(CellWidth.of(buffer.line(0)) == widest + 1, "\(name)")
        }
    }

    @Test("cutting a name: the screen and the report keep the same characters")
    func sameCuts() {
        for name in Self.names {
            for columns in 2...10 {
                let report = TextLayout.clip(name, to: columns)
                let screen = TextLayout.truncate(name, to: columns)
                #expect(CellWidth.of(report) <= columns)
                #expect(CellWidth.of(screen) <= columns)
                // The screens keep a space before "…" that the reports drop; otherwise the same.
                let screenAsReport = screen.last == "…" ? TextLayout.trimmingTrailingSpaces(String(screen.dropLast())) + "…" : screen
                #expect(screenAsReport == report, "\(name) to \(columns): \(screen) / \(report)")
            }
        }
    }
}

/// A note from a hostile file, open in the note editor: the cursor stands where the text is
/// drawn, because a control character measures as the spelling the screen draws.
@Suite struct SpelledControlsLineUpTests {
    @Test("the note editor's cursor column is the drawn width of the text before it")
    func noteEditorCursor() {
        for note in ["ab\u{1B}cd", "\u{9B}2J then text", "tab\there", "李\u{7F}x"] {
            let editor = NoteEditor(caseID: "A-1", keyQuestion: "2.1.1", note: note)
            let place = editor.cursorPlace(width: 200)
            var buffer = ScreenBuffer(width: 200, height: 1)
            let drawn = buffer.put(String(editor.characters[place.lines[place.line]]), x: 0, y: 0)
            #expect(place.column == drawn, "\(note.debugDescription): cursor \(place.column), drawn \(drawn)")
        }
    }

    @Test("wrapping a note that holds control characters: every wrapped line fits when drawn")
    func wrappedLinesFit() {
        let note = String(repeating: "word\u{1B}[2J ", count: 30)
        for width in [8, 13, 20, 41] {
            for line in TextLayout.wrap(note, width: width) {
                var buffer = ScreenBuffer(width: 200, height: 1)
                #expect(buffer.put(line, x: 0, y: 0) <= max(width, 6), "\(width): \(line.debugDescription)")
            }
        }
    }
}
