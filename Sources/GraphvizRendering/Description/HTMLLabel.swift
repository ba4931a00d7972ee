/// A Graphviz HTML-like label: a table of text cells (or of cells holding tables), each with its
/// own font size, colours and border. Text is escaped as the label is built (`&`, `<`, `>`, `"`
/// become entities, backslashes are doubled so that `\G` is not the graph's name, line breaks
/// become `<BR/>`, characters XML 1.0 cannot hold U+FFFD), so no name can add markup of its own.
///
/// ```swift
/// let label = HTMLLabel(rows: [[.init("K-AI consortia", fontSize: 20)], [.init("university", fill: "#dbeafe")]])
/// attributes[html: "label"] = label
/// ```
public struct HTMLLabel: Hashable, Sendable {
    /// One cell: its text and its look.
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var fontSize: Double?
        public var fontColor: String?
        /// The cell's background colour.
        public var fill: String?
        /// The border's colour; the border is drawn only when set.
        public var border: String?
        /// The border's width in points, when ``border`` is set.
        public var borderWidth: Int
        /// Whether the cell's corners are rounded.
        public var rounded: Bool
        /// Whether the border is drawn twice, one line inside the other (Graphviz's
        /// `peripheries=2`).
        public var doubleBorder: Bool
        /// How many columns of the table the cell spans.
        public var columnSpan: Int
        /// A table the cell holds instead of text.
        public var table: HTMLLabel?

        public init(
            _ text: String, fontSize: Double? = nil, fontColor: String? = nil, fill: String? = nil, border: String? = nil,
            borderWidth: Int = 1, rounded: Bool = false, doubleBorder: Bool = false, columnSpan: Int = 1
        ) {
            self.text = text
            self.fontSize = fontSize
            self.fontColor = fontColor
            self.fill = fill
            self.border = border
            self.borderWidth = borderWidth
            self.rounded = rounded
            self.doubleBorder = doubleBorder
            self.columnSpan = columnSpan
        }

        /// A cell holding `table`.
        public init(table: HTMLLabel, columnSpan: Int = 1) {
            self.init("", columnSpan: columnSpan)
            self.table = table
        }
    }

    /// The label's markup, without the `<` and `>` that enclose it in DOT.
    public let markup: String

    /// The markup of an attribute value already known to be an HTML-like label.
    init(markup: String) { self.markup = markup }

    /// A borderless table of `rows`; cells are `cellSpacing` points apart and hold their text
    /// `cellPadding` points from their border.
    public init(rows: [[Cell]], cellSpacing: Int = 3, cellPadding: Int = 3) {
        var markup = #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="\#(cellSpacing)" CELLPADDING="\#(cellPadding)">"#
        for row in rows {
            markup += "<TR>"
            for cell in row { markup += Self.markup(of: cell) }
            markup += "</TR>"
        }
        self.markup = markup + "</TABLE>"
    }

    private static func markup(of cell: Cell) -> String {
        var attributes = ""
        if cell.columnSpan > 1 { attributes += #" COLSPAN="\#(cell.columnSpan)""# }
        if let fill = cell.fill { attributes += #" BGCOLOR="\#(escaped(fill))""# }
        if let border = cell.border { attributes += #" BORDER="\#(cell.borderWidth)" COLOR="\#(escaped(border))""# }
        if cell.rounded { attributes += #" STYLE="rounded""# }
        var font = ""
        if let size = cell.fontSize { font += #" POINT-SIZE="\#(size)""# }
        if let color = cell.fontColor { font += #" COLOR="\#(escaped(color))""# }
        let text = escaped(cell.text)
        // Graphviz refuses an empty FONT element.
        var content = cell.table?.markup ?? (font.isEmpty || text.isEmpty ? text : "<FONT\(font)>\(text)</FONT>")
        if cell.doubleBorder, let border = cell.border {
            attributes += #" CELLPADDING="1""#
            content =
                #"<TABLE BORDER="\#(cell.borderWidth)" COLOR="\#(escaped(border))" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD>\#(content)</TD></TR></TABLE>"#
        }
        return "<TD\(attributes)>\(content)</TD>"
    }

    /// `text` as HTML-like label text: markup characters and `]` as entities, backslashes
    /// doubled, line breaks as `<BR/>`, and what XML 1.0 cannot hold as U+FFFD.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // Graphviz (2.43) refuses a text made only of `]`, such as a title "]".
            case "]": result += "&#93;"
            // Graphviz reads \N, \G and the like in HTML-like labels too; \\ is one backslash.
            case "\\": result += "\\\\"
            case "\n": result += "<BR/>"
            case "\t": result += " "
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
