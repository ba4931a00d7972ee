/// Lists of names for table cells.
enum ListText {
    /// `A, B, C` — or, past `limit` names, the first `limit` and `… and N more`. Only the names
    /// shown are read, so a lazy collection of thousands costs no more than its first few.
    static func abbreviated(_ names: some Collection<String>, keeping limit: Int?) -> String {
        guard let limit, names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + ", … and \(names.count - limit) more"
    }
}
