/// Graphviz attributes (`name=value` pairs) in the order they were first given.
///
/// Graphviz writes attributes in the order they were declared, so keeping the caller's order keeps
/// the DOT text the same from run to run. Setting a name that is already present replaces its value
/// in place.
///
/// Values are plain strings, as if quoted in DOT: `"<b>KAIST</b>"` is that text, not an HTML-like
/// label. An HTML-like label is set through ``subscript(html:)`` from an ``HTMLLabel``, whose text
/// is escaped as it is built (cgraph makes such labels only from strings interned with
/// `agstrdup_html`).
///
/// ```swift
/// let style: Attributes = ["shape": "box", "style": "rounded,filled", "fillcolor": "#dbeafe"]
/// ```
public struct Attributes: Hashable, Sendable {
    /// One `name=value` pair.
    public struct Element: Hashable, Sendable {
        /// The attribute's name, such as `label` or `fillcolor`.
        public var name: String
        /// The attribute's value, as Graphviz reads it.
        public var value: String
        /// Whether ``value`` is the markup of an ``HTMLLabel``, written `<…>` in DOT.
        public var isHTML: Bool = false
    }

    private var elements: [Element] = []

    /// Creates an empty list.
    public init() {}

    /// Creates a list from pairs; a later pair with the same name replaces the value of an earlier one.
    ///
    /// - Complexity: O(n²) in the number of pairs; attribute lists are short.
    public init(_ pairs: some Sequence<(String, String)>) {
        for (name, value) in pairs {
            self[name] = value
        }
    }

    /// The value of the attribute called `name`, or `nil`; setting `nil` removes it.
    ///
    /// - Complexity: O(n)
    public subscript(name: String) -> String? {
        get { elements.first { $0.name == name }?.value }
        set {
            let index = elements.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): elements[index] = Element(name: name, value: value)
            case let (index?, nil): elements.remove(at: index)
            case let (nil, value?): elements.append(Element(name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The attribute called `name` as an HTML-like label (`label`, `xlabel`, `headlabel`, …), or
    /// `nil` when it is unset or a plain string; setting `nil` removes it.
    ///
    /// - Complexity: O(n)
    public subscript(html name: String) -> HTMLLabel? {
        get { elements.first { $0.name == name && $0.isHTML }.map { HTMLLabel(markup: $0.value) } }
        set {
            let index = elements.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, label?): elements[index] = Element(name: name, value: label.markup, isHTML: true)
            case let (index?, nil): elements.remove(at: index)
            case let (nil, label?): elements.append(Element(name: name, value: label.markup, isHTML: true))
            case (nil, nil): break
            }
        }
    }
}

extension Attributes: RandomAccessCollection {
    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Element { elements[position] }
}

extension Attributes: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }
}
