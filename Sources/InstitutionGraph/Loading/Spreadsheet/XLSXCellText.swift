/// Turns a cell as the sheet's XML stores it (a type, a style and a value) into the text a user
/// sees in it.
struct XLSXCellText {
    /// What a cell's `t` attribute says its value is.
    enum Kind {
        /// `n` or no `t`: a number, shown as a date when its style is a date format.
        case number
        /// `s`: an index into the shared strings.
        case sharedString
        /// `inlineStr`: text inside the cell's `<is>`.
        case inlineString
        /// `str`: the text a formula returned.
        case formulaString
        /// `b`: `1` or `0`.
        case boolean
        /// `e`: an error such as `#N/A`, kept as written.
        case error
        /// `d`: an ISO 8601 date, kept as written but for a time of midnight.
        case date

        /// The kind a `t` attribute names; an unknown one reads as written, like an error.
        init(_ attribute: String?) {
            switch attribute {
            case nil, "n": self = .number
            case "s": self = .sharedString
            case "inlineStr": self = .inlineString
            case "str": self = .formulaString
            case "b": self = .boolean
            case "d": self = .date
            default: self = .error
            }
        }
    }

    let sharedStrings: [String]
    let styles: XLSXStyles
    let dateSystem: ExcelSerialDate.System

    /// The text of one cell.
    ///
    /// - Parameters:
    ///   - value: the text of the cell's `<v>`.
    ///   - inlineText: the text of the cell's `<is>`, for an inline string.
    ///   - style: the cell's `s` attribute, an index into the workbook's cell formats.
    /// - Throws: ``DatasetLoadError`` at `location` when a shared string index points past the table.
    func text(kind: Kind, value: String, inlineText: String, style: Int, at location: SourceLocation) throws(DatasetLoadError) -> String {
        switch kind {
        case .number:
            guard !value.isEmpty else { return "" }
            if styles.isDate(style), let serial = Double(value), let date = ExcelSerialDate.isoText(serial: serial, system: dateSystem) {
                return date
            }
            return ExcelNumberText.text(value)
        case .sharedString:
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                throw DatasetLoadError(
                    "the cell refers to shared string '\(value)', but the workbook has \(sharedStrings.count) shared strings; the workbook is damaged: open it in Excel and save it again",
                    at: location)
            }
            return sharedStrings[index]
        case .inlineString:
            return XLSXEscapes.decode(inlineText)
        case .formulaString:
            return XLSXEscapes.decode(value)
        case .boolean:
            return switch value {
            case "1": "TRUE"
            case "0": "FALSE"
            default: value
            }
        case .date:
            return Self.droppingMidnight(value)
        case .error:
            return value
        }
    }

    /// `2025-08-04` for `2025-08-04T00:00:00Z` (or `…T00:00:00.000`), as dates from serials read.
    private static func droppingMidnight(_ iso: String) -> String {
        guard let time = iso.firstIndex(of: "T"), iso[time...].allSatisfy({ "T0:.Z".contains($0) }) else { return iso }
        return String(iso[..<time])
    }
}
