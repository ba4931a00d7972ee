import ArgumentParser
import Foundation

/// Standard output, for results: every write error is handled.
///
/// A reader that went away (`instgraph summary | head -1`) ends the command quietly with status
/// 141, as a Unix tool killed by SIGPIPE does; any other error (a full disk: `> /dev/full`) is an
/// error with status 1. On a terminal, control characters in the text are shown rather than
/// obeyed (``TerminalText``): a name cannot clear or retitle the screen.
enum StandardOutput {
    /// Writes `contents`, in place unless a terminal shows them.
    static func write(_ contents: FileContents) throws {
        ProgressLine.clear()
        do {
            if isatty(STDOUT_FILENO) != 0 {
                let text = contents.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
                try SystemError.writeAll(Data(TerminalText.visible(text).utf8), to: STDOUT_FILENO)
            } else {
                try contents.withUnsafeBytes { (bytes) throws(SystemError) in try SystemError.writeAll(bytes, to: STDOUT_FILENO) }
            }
        } catch  where error.code == EPIPE {
            throw ExitCode(141)
        } catch {
            throw CommandFailure("cannot write standard output: \(error.description)")
        }
    }
}

/// Standard error, for diagnostics and notes that must not mix with results. Control characters
/// are always shown rather than obeyed; a failed write is dropped (there is nowhere to report it).
enum StandardError {
    static func print(_ text: String) {
        ProgressLine.clear()
        writeRaw(TerminalText.visible(text) + "\n")
    }

    /// Writes `text` as it is: for the progress line's own control sequences.
    static func writeRaw(_ text: String) {
        try? SystemError.writeAll(Data(text.utf8), to: STDERR_FILENO)
    }
}

/// Text made safe for a terminal.
enum TerminalText {
    /// `text` with every control character but line feed and tab, and every bidirectional
    /// override, written as a visible escape (`\u{1B}`), so that text from a file cannot move the
    /// cursor, clear the screen, retitle the window or reorder what is shown.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
