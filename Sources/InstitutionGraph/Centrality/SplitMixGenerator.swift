/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose stream is fixed by its
/// seed, so sampled results reproduce on every platform and Swift version.
struct SplitMixGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// The generator for stream `stream` of `seed`: streams of one seed are independent.
    init(seed: UInt64, stream: UInt64 = 0) {
        state = seed
        state = next() ^ (stream &* 0xD1B5_4A32_D192_ED03)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`, by Lemire's multiply-and-reject, written out so that it
    /// does not depend on the standard library's choice of method.
    ///
    /// - Precondition: `bound` > 0.
    mutating func next(below bound: Int) -> Int {
        precondition(bound > 0)
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let (high, low) = next().multipliedFullWidth(by: range)
            if low >= threshold { return Int(high) }
        }
    }

    /// A uniform number in [0, 1) with 53 random bits.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
