import CasemarkModel

/// The marking screen's live strip with an officer chosen: the officer's figure, then the whole
/// sample's ("2.1.1 Chloé Duval 3 of 4 · 75% ~Good │ sample 92 of 148 · 62% Requires
/// improvement"). The richest wording that fits the width is drawn; narrower, the bands go to
/// two letters, then the name and the counts go, each whole: no number is ever cut.
struct OfficerStrip {
    struct Segment {
        var text: String
        var style: Style = .plain
    }

    /// The ways of saying it, richest first.
    var candidates: [[Segment]]

    /// Draws the first candidate that fits (the last, cut, when none does); returns its width.
    @discardableResult
    func draw(_ buffer: inout ScreenBuffer, y: Int) -> Int {
        let width = buffer.width
        let chosen = candidates.first { $0.reduce(0) { $0 + CellWidth.of($1.text) } <= width } ?? candidates.last ?? []
        var x = 0
        for segment in chosen { x += buffer.put(segment.text, x: x, y: y, style: segment.style) }
        return x
    }

    enum Counts { case words, slash, none }

    /// "3 of 4 · 75% ~Good", "3/4 75% ~GD", "75% ~GD"; "no yes or no answers" when there are none.
    static func figure(_ r: KeyQuestionResult, subset: Bool, counts: Counts, fullNames: Bool) -> [Segment] {
        guard r.tally.applicable > 0 else { return [Segment(text: counts == .words ? "no yes or no answers" : "—")] }
        var segments: [Segment] = []
        switch counts {
        case .words: segments.append(Segment(text: "\(r.tally.yes) of \(r.tally.applicable) · "))
        case .slash: segments.append(Segment(text: "\(r.tally.yes)/\(r.tally.applicable) "))
        case .none: break
        }
        segments.append(Segment(text: Gauge.percentText(r.percent) + " ", style: .bold))
        segments += band(r.band, indicative: Indicative.isIndicative(r.tally, subset: subset), fullNames: fullNames)
        return segments
    }

    static func band(_ band: Band?, indicative: Bool, fullNames: Bool) -> [Segment] {
        guard let band else { return [Segment(text: "—")] }
        let name = Indicative.marked(fullNames ? band.displayName : band.abbreviation, indicative: indicative)
        return [Segment(text: name, style: Style(bold: !indicative, dim: indicative, role: .band(band)))]
    }

    static func keyQuestion(_ id: String, officer: String, _ theirs: KeyQuestionResult, sample: KeyQuestionResult) -> OfficerStrip {
        let label = Segment(text: id, style: .bold)
        let name = Segment(text: officer, style: .bold)
        func line(named: Bool, counts: Counts, fullNames: Bool, sampleWord: Bool) -> [Segment] {
            let none = counts == .words && theirs.tally.applicable == 0
            let sampleNone = counts == .words && sample.tally.applicable == 0
            return [label, Segment(text: " ")] + (named ? [name, Segment(text: none ? ": " : " ")] : [])
                + figure(theirs, subset: true, counts: counts, fullNames: fullNames)
                + [Segment(text: " │ ", style: .dim)] + (sampleWord ? [Segment(text: sampleNone ? "sample: " : "sample ")] : [])
                + figure(sample, subset: false, counts: counts, fullNames: fullNames)
        }
        return OfficerStrip(candidates: [
            line(named: true, counts: .words, fullNames: true, sampleWord: true),
            line(named: true, counts: .words, fullNames: false, sampleWord: true),
            line(named: false, counts: .slash, fullNames: false, sampleWord: true),
            line(named: false, counts: .none, fullNames: false, sampleWord: true),
            line(named: false, counts: .none, fullNames: false, sampleWord: false),
        ])
    }

    static func standard(_ standard: Standard, officer: String, _ theirs: Figure, sample: Band?) -> OfficerStrip {
        func line(title: Bool, named: Bool, fullNames: Bool) -> [Segment] {
            [Segment(text: standard.id + (title ? " \(standard.title): " : " "))] + (named ? [Segment(text: officer + " ")] : [])
                + band(theirs.band, indicative: theirs.indicative, fullNames: fullNames)
                + [Segment(text: " │ ", style: .dim), Segment(text: "sample ")]
                + band(sample, indicative: false, fullNames: fullNames)
        }
        return OfficerStrip(candidates: [
            line(title: true, named: true, fullNames: true),
            line(title: true, named: true, fullNames: false),
            line(title: false, named: true, fullNames: false),
            line(title: false, named: false, fullNames: false),
        ])
    }
}
