import CasemarkModel

/// The officer picker: a name field, then every officer that matches with their grade and number
/// of cases (and, while nothing is typed, "All officers" first). When nothing matches it says so
/// and lists the officers there are.
enum OfficerPickerView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, _ picker: OfficerPicker) {
        let choices = picker.choices(in: state.session.cases)
        let everyone = Officers.summaries(of: state.session.cases)
        let listed = choices.isEmpty ? everyone.count + 1 : choices.count
        let width = min(64, buffer.width)
        let inside = Chrome.box(&buffer, title: "Choose an officer", width: width, height: listed + 3)
        guard inside.height > 0, inside.width > 0 else { return }
        let label = "Name: "
        buffer.put(label, x: inside.x, y: inside.y, limit: inside.width, style: .bold)
        let rows = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        let gradeWidth = everyone.reduce(5) { max($0, CellWidth.of($1.grades.joined(separator: "/"))) }
        let countWidth = CellWidth.of("\(state.session.cases.count) cases")
        func line(_ name: String, grade: String, count: Int) -> String {
            let nameWidth = max(1, rows.width - 2 - gradeWidth - 1 - countWidth - 1)
            return TextLayout.fit(name, to: nameWidth) + " " + TextLayout.fit(grade, to: gradeWidth) + " "
                + TextLayout.fitRight("\(count) case\(count == 1 ? "" : "s")", to: countWidth)
        }
        if choices.isEmpty {
            buffer.put("No officer matches. The officers are:", x: rows.x, y: rows.y, limit: rows.width, style: Style(bold: true, role: .alert))
            for (i, officer) in everyone.prefix(max(0, rows.height - 1)).enumerated() {
                buffer.put("  " + line(officer.name, grade: officer.grades.joined(separator: "/"), count: officer.caseCount),
                           x: rows.x, y: rows.y + 1 + i, limit: rows.width, style: .dim)
            }
        } else {
            let scroll = choices.count > rows.height ? min(max(0, picker.row - rows.height / 2), choices.count - rows.height) : 0
            for (offset, choice) in choices.dropFirst(scroll).prefix(rows.height).enumerated() {
                let index = scroll + offset
                let selected = index == picker.row
                let text = choice.map { line($0.name, grade: $0.grades.joined(separator: "/"), count: $0.caseCount) }
                    ?? line("All officers", grade: "", count: state.session.cases.count)
                let y = rows.y + offset
                buffer.put((selected ? "> " : "  ") + text, x: rows.x, y: y, limit: rows.width, style: selected ? .selected : .plain)
            }
        }
        // The typing cursor stays in the name field.
        DialogView.textField(&buffer, picker.field, x: inside.x + CellWidth.of(label), y: inside.y,
                             width: max(0, inside.width - CellWidth.of(label)))
    }
}
