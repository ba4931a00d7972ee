extension InputFormat {
    /// The format of a dataset told from its first bytes, for standard input: a workbook is a ZIP
    /// archive, GraphML and GEXF are XML with their own root element, JSON starts with `{` or
    /// `[`, YAML with a `key:` line, a list item or `---`, and anything else is a delimited table.
    ///
    /// - Throws: ``DatasetLoadError`` for XML that is neither GraphML nor GEXF.
    init(sniffing bytes: [UInt8], displayPath: String) throws {
        if BinaryContainer(sniffing: bytes) == .zip {
            self = .xlsx
            return
        }
        // UTF-16 input is decoded first; otherwise the first few kilobytes tell, read leniently.
        let isUTF16 = bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
        let start =
            isUTF16
            ? String(try InputText(bytes: bytes, displayPath: displayPath).string.prefix(4096))
            : String(decoding: bytes.prefix(4096), as: UTF8.self)
        let content = start.drop { $0.isWhitespace }
        if content.hasPrefix("<") {
            if content.contains("<graphml") {
                self = .graphml
            } else if content.contains("<gexf") {
                self = .gexf
            } else {
                throw DatasetLoadError(
                    "this is XML but neither GraphML nor GEXF; give a two-mode graph in one of them, or --input-format", at: SourceLocation(file: displayPath))
            }
            return
        }
        if content.hasPrefix("{") || content.hasPrefix("[") {
            self = .json
            return
        }
        let firstLine = content.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") } ?? ""
        let looksLikeKey =
            firstLine.firstIndex(of: ":").map { colon in
                firstLine[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } && colon != firstLine.startIndex
            } ?? false
        self = looksLikeKey || firstLine.hasPrefix("- ") || firstLine.hasPrefix("---") ? .yaml : .csv
    }
}
