import InstitutionGraph

/// What to say when the first argument names no command (`instgraph sumary`, `instgraph help
/// sumary`, `instgraph data.csv`), where ArgumentParser would only say the argument is unexpected
/// (or, after `help`, print the general help and succeed).
enum UnknownCommand {
    /// The message for `arguments` (without the program's name), or `nil` when they start with
    /// one of `commands`, an option, or nothing.
    static func message(for arguments: [String], commands: [String]) -> String? {
        var words = arguments[...]
        if words.first == "help" { words = words.dropFirst() }
        guard let word = words.first, !word.hasPrefix("-"), !commands.contains(word), word != "help" else { return nil }
        let shown = "'\(TerminalText.visible(word))'"
        let nearest = Suggestions.closest(to: word, among: commands, limit: 2)
        var message = "unknown command \(shown)" + (nearest.isEmpty ? "." : "; \(Suggestions.phrase(nearest))")
        message += " The commands are \(commands.joined(separator: ", "))"
        if word.contains(".") || word.contains("/") {
            message += "; a dataset comes after the command: instgraph summary \(TerminalText.visible(word))"
        }
        return message + "."
    }
}
