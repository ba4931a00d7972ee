/// Files that are not text although a text format was expected: said plainly, with what to do.
enum BinaryContainer {
    /// A ZIP archive, such as an Excel workbook.
    case zip
    /// An OLE compound file: an Excel 97–2003 workbook, or a password-protected one.
    case compoundFile

    /// The container `bytes` start with, if any.
    init?(sniffing bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile
        } else {
            return nil
        }
    }

    /// What the file is and what to do.
    var advice: String {
        switch self {
        case .zip:
            "this is a ZIP archive, such as an Excel workbook, not text; if it is a workbook, name it .xlsx or give --input-format xlsx"
        case .compoundFile:
            "this is an Excel 97–2003 (.xls) or a password-protected workbook, which cannot be read; save it as .xlsx (without a password) or as CSV UTF-8"
        }
    }
}
