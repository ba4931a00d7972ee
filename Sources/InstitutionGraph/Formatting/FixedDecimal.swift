import Foundation

/// Numbers written with a fixed count of digits after the point, as C's `%.Nf` writes them, without
/// the cost of parsing a format string: tables of every institution's scores write hundreds of
/// thousands of them.
public enum FixedDecimal {
    /// `value` with `digits` digits after the point (0 to 9), rounded as `String(format: "%.Nf")`
    /// rounds it: to nearest, ties to even on the exact binary value. A negative value that rounds
    /// to zero keeps its sign (`-0.000`), as in C. NaN and infinities are written as C writes them.
    public static func text(_ value: Double, digits: Int) -> String {
        precondition((0...9).contains(digits), "FixedDecimal writes 0 to 9 digits")
        let scale = powersOfTen[digits]
        let scaled = value.magnitude * Double(scale)
        // Below 2³², the product is within 2⁻²¹ of the exact one, so a fraction further than 10⁻⁶
        // from one half rounds the same way as the exact value; anything else goes to C.
        guard value.isFinite, scaled < 4_294_967_296 else { return cFormatted(value, digits: digits) }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        guard abs(fraction - 0.5) > 1e-6 else { return cFormatted(value, digits: digits) }
        let units = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
        var text = value.sign == .minus ? "-" : ""
        text += String(units / scale)
        guard digits > 0 else { return text }
        let decimals = String(units % scale)
        text += "."
        text += String(repeating: "0", count: digits - decimals.utf8.count)
        text += decimals
        return text
    }

    private static let powersOfTen: [UInt64] = (0...9).map { (0..<$0).reduce(1) { product, _ in product * 10 } }

    private static func cFormatted(_ value: Double, digits: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 352) { buffer in
            let written = withVaList([value]) { vsnprintf(buffer.baseAddress!, buffer.count, "%.\(digits)f", $0) }
            guard written >= 0, written < buffer.count else { return String(describing: value) }
            return String(cString: buffer.baseAddress!)
        }
    }
}
