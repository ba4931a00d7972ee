extension String {
    /// The text as an error message quotes it: whole up to `limit` characters, otherwise its first
    /// `limit` followed by "…", so that one long cell or scalar cannot fill the screen.
    func excerpt(_ limit: Int = 60) -> String {
        count > limit ? prefix(limit) + "…" : self
    }
}
