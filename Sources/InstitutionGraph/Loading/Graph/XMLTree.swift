/// An XML document read whole with libxml2 (``XMLEventParser``): its elements with their attributes,
/// text and the place each starts, and its processing instructions.
///
/// Graph files are read into a tree first so that the GraphML and GEXF readers can look things
/// up (a key declared after it is used, a node's attribute defaults) instead of keeping state
/// between parser callbacks. Element names are kept as written: the readers use the unprefixed
/// names of the format's own namespace and pass over prefixed extensions (`viz:color`, `y:…`).
struct XMLTree {
    struct Element {
        var name: String
        var attributes: [String: String]
        var children: [Element] = []
        /// The element's own character data (text and CDATA), not its children's.
        var text = ""
        /// Where the parser was when it read the start tag (the end of the tag).
        var location: SourceLocation

        /// The children called `name`, in order.
        func children(named name: String) -> [Element] { children.filter { $0.name == name } }

        /// The first child called `name`.
        func child(named name: String) -> Element? { children.first { $0.name == name } }
    }

    /// A processing instruction: `<?target data?>`.
    struct Instruction {
        var target: String
        var data: String
        var location: SourceLocation
    }

    var root: Element
    var instructions: [Instruction]

    /// Parses `text`.
    ///
    /// - Throws: ``DatasetLoadError`` at the line and column where the parser stopped, saying what
    ///   is wrong.
    init(_ text: InputText) throws(DatasetLoadError) {
        guard text.bytes.contains(where: { !Self.isWhitespace($0) }) else {
            throw DatasetLoadError("malformed XML: the document is empty", at: SourceLocation(file: text.displayPath))
        }
        let builder = Builder(file: text.displayPath)
        do throws(XMLReadFailure) {
            try XMLEventParser.parse(text.bytes, isUTF8: true, into: builder)
        } catch {
            throw error.loadError { syntax in
                DatasetLoadError(
                    "malformed XML: \(Self.explanation(of: syntax))",
                    at: SourceLocation(file: text.displayPath, line: syntax.position.line, column: syntax.position.column))
            }
        }
        guard let root = builder.root else {
            throw DatasetLoadError("malformed XML: the document has no root element", at: SourceLocation(file: text.displayPath))
        }
        self.root = root
        self.instructions = builder.instructions
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }

    /// Words for the parser's error, by libxml2's error number (`xmlParserErrors`).
    private static func explanation(of error: XMLSyntaxError) -> String {
        switch error.code {
        case 1:
            return error.message
        case 4:
            return "the document is empty"
        case 6, 7, 8, 9:
            return "a character XML 1.0 does not allow (a control character, or a reference to one)"
        case 26:
            return "\(error.message), and '&amp;' for a bare '&'"
        case 22, 23, 27:
            return "a bare '&' or an unknown entity; write '&amp;' for '&'"
        case 38:
            return "'<' inside an attribute value; write '&lt;'"
        case 39, 40, 41:
            return "an attribute's value is not in quotes, or its closing quote is missing"
        case 42:
            return "an attribute appears twice in one tag"
        case 45:
            return "a comment is not closed with '-->'"
        case 73, 77:
            return "a tag is not finished; '>' expected"
        case 5, 74, 76, 85, 86:
            return "an element is not closed, is closed with another name, or text follows the root element"
        case 201:
            return "a namespace prefix is used without its xmlns declaration (\(error.message))"
        default:
            return error.message.isEmpty ? "libxml2 error \(error.code)" : "\(error.message) (libxml2 error \(error.code))"
        }
    }
}

/// Builds an ``XMLTree`` from the parser's events.
private final class Builder: XMLEventHandler {
    let file: String
    var root: XMLTree.Element?
    var instructions: [XMLTree.Instruction] = []
    private var open: [XMLTree.Element] = []

    init(file: String) { self.file = file }

    private func location(_ position: XMLPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    func startElement(prefix: String?, localName: String, attributes: [XMLAttribute], at position: XMLPosition) {
        var byName: [String: String] = [:]
        for attribute in attributes { byName[attribute.qualifiedName] = attribute.value }
        let name = XMLAttribute.qualifiedName(prefix: prefix, localName: localName)
        open.append(XMLTree.Element(name: name, attributes: byName, location: location(position)))
    }

    func endElement(prefix: String?, localName: String) {
        guard let element = open.popLast() else { return }
        if open.isEmpty {
            root = element
        } else {
            open[open.count - 1].children.append(element)
        }
    }

    func text(_ text: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += text
    }

    func instruction(target: String, data: String, at position: XMLPosition) {
        instructions.append(XMLTree.Instruction(target: target, data: data, location: location(position)))
    }
}
