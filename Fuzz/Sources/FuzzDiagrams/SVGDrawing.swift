import CLibXML2

/// What an SVG drawing holds, read with libxml2: the texts drawn and the number of nodes.
struct SVGDrawing {
    /// The content of every `text` element, in document order.
    private(set) var texts: [String] = []
    /// The number of `g` elements whose class starts with `node`.
    private(set) var nodes = 0

    /// The drawing in `svg`, or `nil` when `svg` is not well-formed XML. Nothing is fetched and no
    /// entity beyond XML's own is expanded.
    init?(_ svg: [UInt8]) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = svg.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "drawing.svg", "UTF-8", options) }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        visit(xmlDocGetRootElement(document))
    }

    private mutating func visit(_ first: xmlNodePtr?) {
        var node = first
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: current.pointee.name)
                if name == "text" {
                    texts.append(Self.text(in: current.pointee.children))
                } else {
                    if name == "g", Self.attribute("class", of: current)?.hasPrefix("node") == true { nodes += 1 }
                    visit(current.pointee.children)
                }
            }
            node = current.pointee.next
        }
    }

    /// The text of `first` and the nodes after it, nested elements' text included.
    private static func text(in first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result += String(cString: content) }
            case XML_ELEMENT_NODE:
                result += text(in: current.pointee.children)
            default: break
            }
            node = current.pointee.next
        }
        return result
    }

    /// The value of `element`'s attribute `name`, if it has one.
    private static func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        var attribute = element.pointee.properties
        while let current = attribute {
            if String(cString: current.pointee.name) == name {
                return text(in: UnsafeMutablePointer(OpaquePointer(current.pointee.children)))
            }
            attribute = current.pointee.next
        }
        return nil
    }
}
