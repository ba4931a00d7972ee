/// What Foundation's `XMLParser` reports on Linux, where it runs on libxml2.
enum LibXML2Limits {
    /// The code of libxml2's "Huge input lookup" (`XML_ERR_INTERNAL_ERROR`).
    ///
    /// `XMLParser` on Linux cannot lift libxml2's 10 MB limits (`XML_PARSE_HUGE`), and libxml2 2.9
    /// reports this error at the end of any longer document, after every element has been
    /// delivered. Once the root element has closed it says nothing about the document; in the
    /// middle of one it stops the parser, and the root never closes.
    static let hugeInputLookup = 1
}
