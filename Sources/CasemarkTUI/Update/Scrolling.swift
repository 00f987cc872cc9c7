/// The moves a scrolling page shares (a case read whole, the results): a line or a page up or
/// down, the top, the bottom. The caller clamps the result to its page, after any command.
func scrolled(_ offset: Int, by command: KeyIntent, page: Int, lastStart: Int) -> Int {
    switch command {
    case .up: offset - 1
    case .down: offset + 1
    case .pageUp: offset - page
    case .pageDown: offset + page
    case .top: 0
    case .bottom: lastStart
    default: offset
    }
}
