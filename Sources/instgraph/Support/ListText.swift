/// Lists of names for table cells.
enum ListText {
    /// `A, B, C` — or, past `limit` names, the first `limit` and `… and N more`. Only the names
    /// shown are read, so a lazy collection of thousands costs no more than its first few.
    static func abbreviated(_ names: some Collection<String>, keeping limit: Int?) -> String {
        let count = names.count
        let shown = limit.map { min($0, count) } ?? count
        var text = ""
        var index = names.startIndex
        for position in 0..<shown {
            if position > 0 { text += ", " }
            text += names[index]
            names.formIndex(after: &index)
        }
        if shown < count { text += ", … and \(count - shown) more" }
        return text
    }
}
