/// The workbook's shared string table (`xl/sharedStrings.xml`): the text cells of type `s` point
/// into by index.
enum XLSXSharedStrings {
    /// The strings in table order. A rich-text string is its runs' text joined; phonetic guides
    /// (`<rPh>`, furigana and the like) are left out, as Excel shows the cell.
    ///
    /// - Throws: ``DatasetLoadError`` for a damaged part.
    /// - Complexity: O(n) in the size of the part.
    static func read(_ part: String, in package: XLSXPackage) throws(DatasetLoadError) -> [String] {
        guard let data = try package.read(part) else { return [] }
        let reader = Reader()
        try XMLPartReader.read(data, part: part, location: SourceLocation(file: package.displayPath), into: reader)
        return reader.strings
    }

    /// Collects the `<t>` text of each `<si>`, outside `<rPh>`.
    private final class Reader: XMLPartHandler {
        var strings: [String] = []
        private var current = ""
        private var inText = false
        private var phoneticDepth = 0

        func start(_ element: String, attributes: XMLPartAttributes) {
            switch element {
            case "si": current = ""
            case "t": inText = phoneticDepth == 0
            case "rPh": phoneticDepth += 1
            default: break
            }
        }

        func end(_ element: String) {
            switch element {
            case "si": strings.append(XLSXEscapes.decode(current))
            case "t": inText = false
            case "rPh": phoneticDepth -= 1
            default: break
            }
        }

        func text(_ text: String) {
            if inText { current += text }
        }
    }
}
