import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a reader of one workbook part does with the elements of its XML.
///
/// Element and attribute names arrive as local names, without any namespace prefix: writers differ
/// (`<c>` or `<x:c>`, `r:id` or `rel:id`), and the names alone are unambiguous in these parts.
protocol XMLPartHandler: AnyObject {
    /// An element opens. `attributes` are keyed by local name; namespace declarations are left out.
    func start(_ element: String, attributes: [String: String]) throws(DatasetLoadError)
    /// An element closes.
    func end(_ element: String) throws(DatasetLoadError)
    /// Text inside the current element, entities decoded; one run of text may arrive in pieces.
    func text(_ text: String)
}

/// Runs Foundation's `XMLParser` over one part of a workbook, for a ``XMLPartHandler``.
enum XMLPartReader {
    /// Parses `data`, the part at `part` inside the package, calling `handler` for every element.
    ///
    /// - Parameter location: where errors point (the file, and the sheet when the part is one).
    /// - Throws: ``DatasetLoadError`` for XML that is not well formed, or the first error `handler` threw.
    /// - Complexity: O(n) in the size of the part.
    static func read(_ data: Data, part: String, location: SourceLocation, into handler: any XMLPartHandler) throws(DatasetLoadError) {
        let parser = XMLParser(data: data)
        let delegate = Delegate(handler: handler)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        _ = parser.parse()
        if let error = delegate.error { throw error }
        let problem = delegate.firstProblem ?? parser.parserError.map { (($0 as NSError).code, parser.lineNumber, parser.columnNumber) }
        guard delegate.closedRoot, problem == nil || problem?.code == LibXML2Limits.hugeInputLookup else {
            throw DatasetLoadError(
                "\(part) is not well-formed XML (line \(problem?.line ?? parser.lineNumber), column \(problem?.column ?? parser.columnNumber)); the workbook is damaged: open it in Excel and save it again, or save the sheet as CSV UTF-8",
                at: location)
        }
    }

    /// Adapts `XMLParserDelegate` callbacks to a handler, and stops at the handler's first error.
    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any XMLPartHandler
        var error: DatasetLoadError?
        /// How many elements are open.
        private var depth = 0
        /// Whether the document's root element has opened and closed.
        private(set) var closedRoot = false
        /// The first error the parser reported, and where: `parse()`'s result and `parserError`
        /// cannot tell, as the parser recovers from errors and keeps the last one.
        private(set) var firstProblem: (code: Int, line: Int, column: Int)?

        init(handler: any XMLPartHandler) { self.handler = handler }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            depth += 1
            do throws(DatasetLoadError) {
                try handler.start(localName(elementName), attributes: localAttributes(attributes))
            } catch {
                stop(parser, error)
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            closedRoot = depth == 0
            do throws(DatasetLoadError) {
                try handler.end(localName(elementName))
            } catch {
                stop(parser, error)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if firstProblem == nil {
                firstProblem = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber)
            }
        }

        private func stop(_ parser: XMLParser, _ error: DatasetLoadError) {
            if self.error == nil { self.error = error }
            parser.abortParsing()
        }

        /// `c` for `x:c`.
        private func localName(_ name: String) -> String {
            guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
            return String(name[name.utf8.index(after: colon)...])
        }

        /// The attributes keyed by local name; most elements have no prefixed attribute, and keep theirs.
        private func localAttributes(_ attributes: [String: String]) -> [String: String] {
            guard attributes.keys.contains(where: { $0.utf8.contains(UInt8(ascii: ":")) || $0 == "xmlns" }) else {
                return attributes
            }
            var local: [String: String] = [:]
            for (name, value) in attributes where name != "xmlns" && !name.hasPrefix("xmlns:") {
                local[localName(name)] = value
            }
            return local
        }
    }
}
