import Foundation

/// What a reader of one workbook part does with the elements of its XML.
///
/// Element and attribute names arrive as local names, without any namespace prefix: writers differ
/// (`<c>` or `<x:c>`, `r:id` or `rel:id`), and the names alone are unambiguous in these parts.
protocol XMLPartHandler: AnyObject {
    /// An element opens. `attributes` are looked up by local name; namespace declarations are left out.
    func start(_ element: String, attributes: XMLPartAttributes) throws(DatasetLoadError)
    /// An element closes.
    func end(_ element: String) throws(DatasetLoadError)
    /// Text inside the current element, entities decoded; one run of text may arrive in pieces.
    func text(_ text: String)
}

/// An element's attributes, looked up by local name (`id` for `r:id`).
///
/// A workbook part's elements carry a handful of attributes each, and a sheet has millions of
/// elements: a search of the list costs less than hashing them into a dictionary.
struct XMLPartAttributes {
    fileprivate let list: [XMLAttribute]

    /// The value of the first attribute called `localName`.
    subscript(localName: String) -> String? {
        list.first { $0.localName == localName }?.value
    }
}

/// Runs libxml2 (``XMLEventParser``) over one part of a workbook, for a ``XMLPartHandler``.
enum XMLPartReader {
    /// Parses `data`, the part at `part` inside the package, calling `handler` for every element.
    ///
    /// - Parameter location: where errors point (the file, and the sheet when the part is one).
    /// - Throws: ``DatasetLoadError`` for XML that is not well formed, or the first error `handler` threw.
    /// - Complexity: O(n) in the size of the part.
    static func read(_ data: Data, part: String, location: SourceLocation, into handler: any XMLPartHandler) throws(DatasetLoadError) {
        do throws(XMLReadFailure) {
            try XMLEventParser.parse(data, into: LocalNames(handler: handler))
        } catch {
            throw error.loadError { syntax in
                DatasetLoadError(
                    "\(part) is not well-formed XML (line \(syntax.position.line), column \(syntax.position.column)); the workbook is damaged: open it in Excel and save it again, or save the sheet as CSV UTF-8",
                    at: location)
            }
        }
    }

    /// Hands the handler local names: `c` for `<x:c>`, `id` for `r:id`.
    private final class LocalNames: XMLEventHandler {
        let handler: any XMLPartHandler

        init(handler: any XMLPartHandler) { self.handler = handler }

        func startElement(prefix: String?, localName: String, attributes: [XMLAttribute], at position: XMLPosition) throws(DatasetLoadError) {
            try handler.start(localName, attributes: XMLPartAttributes(list: attributes))
        }

        func endElement(prefix: String?, localName: String) throws(DatasetLoadError) {
            try handler.end(localName)
        }

        func text(_ text: String) {
            handler.text(text)
        }
    }
}
