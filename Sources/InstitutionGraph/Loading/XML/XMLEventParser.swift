import CLibXML2
import Foundation

/// XML that is not well formed: libxml2's error number (`xmlParserErrors`), its message and
/// where the parser was when it met the error.
struct XMLSyntaxError: Error {
    var code: Int
    var message: String
    var position: XMLPosition
}

/// Why ``XMLEventParser/parse(_:into:)`` stopped before the end of the document.
enum XMLReadFailure: Error {
    /// The document is not well-formed XML, or uses what the parser refuses to read.
    case malformed(XMLSyntaxError)
    /// The handler refused what it was told.
    case rejected(DatasetLoadError)

    /// The error to report: the handler's own, or `describe`'s words for XML that is not well formed.
    func loadError(describingMalformed describe: (XMLSyntaxError) -> DatasetLoadError) -> DatasetLoadError {
        switch self {
        case .rejected(let error): error
        case .malformed(let error): describe(error)
        }
    }
}

/// Streams a document to an ``XMLEventHandler`` with libxml2's SAX2 push parser; every unsafe
/// call to libxml2 is made here.
///
/// The parser is asked for the document and nothing else: no DTD is loaded or kept, so no entity
/// beyond XML's five is defined and none can make a small file large; nothing is fetched from the
/// network; libxml2's own limits stay in force (256 levels of nesting; 10 MB for one name, text or
/// attribute value). The document is fed in chunks, so its total size is not limited.
enum XMLEventParser {
    /// Parses `bytes`, telling `handler` what it reads.
    ///
    /// - Parameter isUTF8: whether the bytes are known to be UTF-8, as ``InputText`` makes them
    ///   (from UTF-16 too), whatever the XML declaration says; otherwise libxml2 follows the
    ///   declaration and the byte-order mark.
    /// - Throws: ``XMLReadFailure`` at the first error: the parser's, or the first one `handler` threw.
    /// - Complexity: O(n) in the size of the document.
    static func parse(_ bytes: some ContiguousBytes, isUTF8: Bool = false, into handler: any XMLEventHandler) throws(XMLReadFailure) {
        _ = libraryReady
        let session = Session(handler: handler)
        let failure: XMLReadFailure? = bytes.withUnsafeBytes { buffer in
            session.run(buffer, isUTF8: isUTF8)
            return session.failure
        }
        if let failure { throw failure }
    }

    /// libxml2 sets up its global tables once, before any thread parses.
    private static let libraryReady: Void = xmlInitParser()

    /// How deeply elements may nest. libxml2's SAX2 parser checks depth only when it builds a tree,
    /// and the readers of a tree recurse; GraphML, GEXF and workbook parts nest under ten levels.
    static let maximumDepth = 256

    /// How much of the document is handed to the parser at a time.
    private static let chunkSize = 1 << 20

    /// The state of one parse, reached from libxml2's callbacks through their user-data pointer.
    private final class Session {
        let handler: any XMLEventHandler
        private(set) var failure: XMLReadFailure?
        private var context: xmlParserCtxtPtr?
        /// How many elements are open.
        private var depth = 0

        init(handler: any XMLEventHandler) { self.handler = handler }

        static func from(_ pointer: UnsafeMutableRawPointer?) -> Session {
            Unmanaged<Session>.fromOpaque(pointer!).takeUnretainedValue()
        }

        /// Where the parser is: the end of what it has just read.
        var position: XMLPosition {
            guard let input = context?.pointee.input else { return XMLPosition(line: 1, column: 1) }
            return XMLPosition(line: Int(input.pointee.line), column: Int(input.pointee.col))
        }

        func run(_ buffer: UnsafeRawBufferPointer, isUTF8: Bool) {
            var callbacks = Self.callbacks()
            let start = buffer.bindMemory(to: CChar.self)
            // The first bytes go in with the context, for libxml2 to detect the encoding.
            let head = min(4, start.count)
            let user = Unmanaged.passUnretained(self).toOpaque()
            guard let context = xmlCreatePushParserCtxt(&callbacks, user, start.baseAddress, Int32(head), nil) else {
                failure = .malformed(XMLSyntaxError(code: 2, message: "out of memory", position: XMLPosition(line: 1, column: 1)))
                return
            }
            self.context = context
            defer {
                self.context = nil
                xmlFreeParserCtxt(context)
            }
            let encoding = isUTF8 ? XML_PARSE_IGNORE_ENC.rawValue : 0
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOENT.rawValue | encoding))
            var offset = head
            repeat {
                let count = min(XMLEventParser.chunkSize, start.count - offset)
                let last = offset + count == start.count
                xmlParseChunk(context, start.baseAddress.map { $0 + offset }, Int32(count), last ? 1 : 0)
                offset += count
            } while offset < start.count && failure == nil
            if failure == nil && context.pointee.wellFormed == 0 {
                fail(code: Int(context.pointee.errNo), message: "the document is not well formed")
            }
        }

        /// Records the first failure and stops the parser: nothing after it is read.
        func stop(_ failure: XMLReadFailure) {
            guard self.failure == nil else { return }
            self.failure = failure
            if let context { xmlStopParser(context) }
        }

        func fail(code: Int, message: String, at position: XMLPosition? = nil) {
            stop(.malformed(XMLSyntaxError(code: code, message: message, position: position ?? self.position)))
        }

        /// libxml2's SAX2 callbacks: each finds its session and hands over Swift values.
        static func callbacks() -> xmlSAXHandler {
            var callbacks = xmlSAXHandler()
            callbacks.initialized = UInt32(XML_SAX2_MAGIC)
            callbacks.startElementNs = { user, localName, prefix, _, _, _, attributeCount, _, attributes in
                let session = Session.from(user)
                session.depth += 1
                guard session.depth <= XMLEventParser.maximumDepth else {
                    session.fail(code: Int(XML_ERR_INTERNAL_ERROR.rawValue), message: "elements nest more than \(XMLEventParser.maximumDepth) deep")
                    return
                }
                var list: [XMLAttribute] = []
                list.reserveCapacity(Int(attributeCount))
                for index in 0..<Int(attributeCount) {
                    // Five pointers an attribute: local name, prefix, namespace, value start, value end.
                    guard let fields = attributes.map({ $0 + 5 * index }),
                        let name = fields[0], let valueStart = fields[3], let valueEnd = fields[4]
                    else { continue }
                    let value = UnsafeBufferPointer(start: valueStart, count: valueEnd - valueStart)
                    list.append(
                        XMLAttribute(
                            prefix: fields[1].map { String(cString: $0) }, localName: String(cString: name),
                            value: String(decoding: value, as: UTF8.self)))
                }
                do throws(DatasetLoadError) {
                    try session.handler.startElement(
                        prefix: prefix.map { String(cString: $0) }, localName: localName.map { String(cString: $0) } ?? "",
                        attributes: list, at: session.position)
                } catch {
                    session.stop(.rejected(error))
                }
            }
            callbacks.endElementNs = { user, localName, prefix, _ in
                let session = Session.from(user)
                session.depth -= 1
                do throws(DatasetLoadError) {
                    try session.handler.endElement(
                        prefix: prefix.map { String(cString: $0) }, localName: localName.map { String(cString: $0) } ?? "")
                } catch {
                    session.stop(.rejected(error))
                }
            }
            let characters: charactersSAXFunc = { user, bytes, count in
                guard let bytes, count > 0 else { return }
                Session.from(user).handler.text(String(decoding: UnsafeBufferPointer(start: bytes, count: Int(count)), as: UTF8.self))
            }
            callbacks.characters = characters
            callbacks.cdataBlock = characters
            callbacks.processingInstruction = { user, target, data in
                let session = Session.from(user)
                session.handler.instruction(
                    target: target.map { String(cString: $0) } ?? "", data: data.map { String(cString: $0) } ?? "",
                    at: session.position)
            }
            // Asked for every entity but XML's five: none is defined, as declarations are not kept.
            callbacks.getEntity = { user, name in
                let session = Session.from(user)
                let written = name.map { String(cString: $0) } ?? ""
                session.fail(
                    code: Int(XML_ERR_UNDECLARED_ENTITY.rawValue),
                    message:
                        "the entity '&\(written);' is not one of XML's five (&amp; &lt; &gt; &quot; &apos;), and entities declared in a DTD are not read; write the text itself"
                )
                return nil
            }
            callbacks.serror = { user, error in
                guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let message = error.pointee.message.map { String(cString: $0) } ?? ""
                Session.from(user).fail(
                    code: Int(error.pointee.code),
                    message: message.trimmingCharacters(in: .whitespacesAndNewlines),
                    at: XMLPosition(line: Int(error.pointee.line), column: Int(error.pointee.int2)))
            }
            return callbacks
        }
    }
}
