import Foundation
import InstitutionGraph

extension TextTable {
    /// A GitHub-flavoured Markdown table; `|` in cells is escaped.
    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| "
                + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined()
        return ([line(columns.map(\.header)), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
