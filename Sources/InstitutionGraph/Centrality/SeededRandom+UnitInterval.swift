extension SeededRandom {
    /// A uniform number in [0, 1) with 53 random bits, spelt out for the same reason as
    /// ``below(_:)``: a seed must draw the same numbers on every machine and Swift version.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
