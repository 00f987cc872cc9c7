import CNcurses
import CasemarkTUI

/// Turns what `wget_wch` returned into a key event; nil for keys the screens do not use.
enum KeyDecoder {
    static func decode(status: Int32, value: UInt32, size: () -> (Int, Int)) -> KeyEvent? {
        if status == KEY_CODE_YES {
            switch Int32(bitPattern: value) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_BTAB: return .backTab
            case KEY_RESIZE:
                let (width, height) = size()
                return .resize(width: width, height: height)
            default: return nil
            }
        }
        switch value {
        case 3: return .ctrlC
        case 18: return .ctrlR
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
