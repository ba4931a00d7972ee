import Foundation
import InstitutionGraph

/// Numbers as the tables print them.
enum Formatting {
    /// `0.123` (or `—` for NaN: a measure undefined for that node).
    static func decimal(_ value: Double, digits: Int = 3) -> String {
        value.isNaN ? "—" : FixedDecimal.text(value, digits: digits)
    }

    /// `+2`, `0`, `-1`.
    static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : String(value) }

    /// `+0.012`, `-0.040`.
    static func signed(_ value: Double, digits: Int = 3) -> String {
        let text = String(format: "%+.\(digits)f", value)
        return text == "-0.000" || text == "+0.000" ? String(format: "%.\(digits)f", 0.0) : text
    }

    /// A number for JSON: `nil` (written `null`) for NaN, which JSON cannot hold.
    static func finite(_ value: Double) -> Double? { value.isNaN ? nil : value }
}
