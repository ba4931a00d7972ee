extension BinaryInteger {
    /// The number with its digits grouped by threes with commas, for readers: `35,000`, `-1,234`.
    public var groupedDigits: String {
        let digits = String(self.magnitude)
        var result = self < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
