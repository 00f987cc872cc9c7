import Foundation

/// The largest inputs casemark reads (design: "A history a merge can trust", limits): a file in
/// an inspection folder (a case file, `inspection.json`, `framework.json`) of more than 8 MiB, and
/// a CSV cell of more than 1 MiB, are refused with a message naming the file, the limit and the
/// size, before anything is written. casemark's own files are far smaller (a case with every
/// answer noted at length is some tens of KB), so such a file is damaged or made to exhaust memory.
public enum SizeLimits {
    public static let inspectionFile = 8 * 1024 * 1024
    public static let csvCell = 1024 * 1024

    /// The refusal of a file in an inspection folder of `size` bytes (or more, when it was
    /// still growing as it was read).
    static func tooLarge(_ display: String, size: Int, orMore: Bool = false) -> StoreError {
        StoreError.refused(
            file: display,
            reason: "is \(mebibytes(size)) (\(size) bytes\(orMore ? " or more" : "")), over the limit of \(mebibytes(inspectionFile)) for a file in an inspection folder; it is not read (casemark's own files are far smaller: it is damaged, or not casemark's)")
    }

    /// `8 MiB`, `9.2 MiB`.
    static func mebibytes(_ size: Int) -> String {
        let tenths = (size * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10).\(tenths % 10) MiB"
    }
}
