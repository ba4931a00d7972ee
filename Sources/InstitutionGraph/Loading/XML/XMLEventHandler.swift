/// One attribute of a start tag, its value with entities and character references decoded.
struct XMLAttribute {
    /// The namespace prefix (`r` in `r:id`), if any.
    var prefix: String?
    /// The name after the prefix.
    var localName: String
    var value: String

    /// The name as written: `prefix:localName`, or the local name alone.
    var qualifiedName: String { Self.qualifiedName(prefix: prefix, localName: localName) }

    /// An element's or attribute's name as written: `prefix:localName`, or the local name alone.
    static func qualifiedName(prefix: String?, localName: String) -> String {
        prefix.map { "\($0):\(localName)" } ?? localName
    }
}

/// Where the XML parser is in its input, counted from 1.
struct XMLPosition: Equatable {
    var line: Int
    var column: Int
}

/// What a streaming reader of XML is told, in document order, by ``XMLEventParser``.
///
/// Namespace declarations (`xmlns`, `xmlns:x`) are not attributes here: readers match names as
/// written, so they need only the prefixes.
protocol XMLEventHandler: AnyObject {
    /// An element opens; `position` is the end of its start tag.
    func startElement(prefix: String?, localName: String, attributes: [XMLAttribute], at position: XMLPosition) throws(DatasetLoadError)
    /// An element closes.
    func endElement(prefix: String?, localName: String) throws(DatasetLoadError)
    /// Character data (text or CDATA) inside the current element; one run may arrive in pieces.
    func text(_ text: String)
    /// A processing instruction, `<?target data?>`; `data` is empty when there is none.
    func instruction(target: String, data: String, at position: XMLPosition)
}

extension XMLEventHandler {
    /// Readers that have no use for processing instructions pass over them.
    func instruction(target: String, data: String, at position: XMLPosition) {}
}
