import CNcurses
import CasemarkModel
import CasemarkTUI

/// Colour pairs for the colour roles. Bands follow the usual traffic-light reading; with
/// `NO_COLOR` or a monochrome terminal there are none, and the band names on screen say it all.
enum Palette {
    static let roles: [ColourRole] = [
        .band(.inadequate), .band(.requiresImprovement), .band(.good), .band(.outstanding), .alert, .ok,
    ]

    static func colour(_ role: ColourRole) -> Int32 {
        switch role {
        case .normal: -1
        case .band(.inadequate), .alert: COLOR_RED
        case .band(.requiresImprovement): COLOR_YELLOW
        case .band(.good), .ok: COLOR_GREEN
        case .band(.outstanding): COLOR_CYAN
        }
    }

    /// Sets up one pair per role (1, 2, …), on the terminal's own background.
    static func install() {
        start_color()
        use_default_colors()
        for (i, role) in roles.enumerated() {
            init_pair(Int16(i + 1), Int16(colour(role)), -1)
        }
    }

    static func pair(_ role: ColourRole) -> Int16 {
        guard let i = roles.firstIndex(of: role) else { return 0 }
        return Int16(i + 1)
    }
}
