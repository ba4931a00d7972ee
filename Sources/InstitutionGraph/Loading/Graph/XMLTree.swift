import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read whole with Foundation's `XMLParser`: its elements with their attributes,
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
    init(_ text: InputText) throws {
        let parser = XMLParser(data: Data(text.bytes))
        let builder = Builder(file: text.displayPath, parser: parser)
        parser.delegate = builder
        let succeeded = parser.parse()
        // XMLParser can report success and still record an error (an unclosed element at the end);
        // a document over 10 MB ends with libxml2's "huge input" error once it has been read whole.
        let readWhole = builder.root != nil && builder.firstErrorCode == LibXML2Limits.hugeInputLookup
        if (!succeeded || parser.parserError != nil) && !readWhole {
            let location = builder.errorLocation
                ?? SourceLocation(file: text.displayPath, line: parser.lineNumber, column: parser.columnNumber)
            throw DatasetLoadError("malformed XML: \(Self.explanation(of: builder.firstErrorCode ?? (parser.parserError as? NSError)?.code))", at: location)
        }
        guard let root = builder.root else {
            throw DatasetLoadError("malformed XML: the document has no root element", at: SourceLocation(file: text.displayPath))
        }
        self.root = root
        self.instructions = builder.instructions
    }

    /// Words for the parser's error: its code is libxml2's error number (`xmlParserErrors`) on
    /// every platform, but FoundationXML's `XMLParser.ErrorCode` cases are numbered one lower
    /// than libxml2's on Linux, so the numbers are matched here.
    private static func explanation(of code: Int?) -> String {
        guard let code else { return "the parser stopped" }
        switch code {
        case 4:
            return "the document is empty"
        case 6, 7, 8, 9:
            return "a character XML 1.0 does not allow (a control character, or a reference to one)"
        case 22, 23, 26, 27:
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
        default:
            return "libxml2 error \(code)"
        }
    }
}

/// Builds an ``XMLTree`` from the parser's callbacks.
private final class Builder: NSObject, XMLParserDelegate {
    let file: String
    unowned let parser: XMLParser
    var root: XMLTree.Element?
    var instructions: [XMLTree.Instruction] = []
    /// Where the parser was when it met the first error (after it, it may read on to the end).
    var errorLocation: SourceLocation?
    /// The first error's code (libxml2's number).
    var firstErrorCode: Int?
    private var open: [XMLTree.Element] = []

    init(file: String, parser: XMLParser) {
        self.file = file
        self.parser = parser
    }

    private var location: SourceLocation {
        SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open.append(XMLTree.Element(name: elementName, attributes: attributes, location: location))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = open.popLast() else { return }
        if open.isEmpty {
            root = element
        } else {
            open[open.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        errorLocation = errorLocation ?? location
        firstErrorCode = firstErrorCode ?? (parseError as NSError).code
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        instructions.append(XMLTree.Instruction(target: target, data: data ?? "", location: location))
    }
}
