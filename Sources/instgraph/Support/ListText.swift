/// Lists of names for table cells.
enum ListText {
    /// `A, B, C` — or, past `limit` names, the first `limit` and `… and N more`.
    static func abbreviated(_ names: [String], keeping limit: Int?) -> String {
        guard let limit, names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + ", … and \(names.count - limit) more"
    }
}
