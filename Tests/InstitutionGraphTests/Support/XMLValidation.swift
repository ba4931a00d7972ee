import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Whether XML text is well formed, by Foundation's parser.
struct XMLValidation {
    let wellFormed: Bool
    let error: String?

    init(_ text: String) {
        let parser = XMLParser(data: Data(text.utf8))
        wellFormed = parser.parse()
        error = parser.parserError.map { "\($0)" }
    }
}
