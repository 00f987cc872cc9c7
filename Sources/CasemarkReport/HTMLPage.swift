/// The frame every HTML report is written in: doctype, language, UTF-8, the title, inline
/// styles only (nothing fetched), then the body. One place, so the pages cannot drift apart.
enum HTMLPage {
    /// `fitsSmallScreens`: the viewport line, for the pages with charts that are read on tablets.
    static func render(title: String, styles: [String], body: [String], fitsSmallScreens: Bool = true) -> String {
        var head = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">"]
        if fitsSmallScreens { head.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") }
        head += ["<title>\(HTMLTable.escape(title))</title>", "<style>"] + styles + ["</style>", "</head>", "<body>"]
        return (head + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }
}
