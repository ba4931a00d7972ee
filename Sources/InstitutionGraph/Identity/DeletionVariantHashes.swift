/// The hashes of a key's one-deletion variants, each in O(1) from the key's prefix and suffix
/// hashes, without building the variants.
///
/// Variant 0 is the key itself and variant `i + 1` the key without its scalar `i`. Equal variants
/// (of any keys) have equal hashes; different ones almost always have different hashes, and
/// whoever relies on a match checks the scalars.
struct DeletionVariantHashes {
    /// The odd multiplier of the polynomial hash, modulo 2⁶⁴.
    private static let base: UInt64 = 0x0000_0100_0000_01B3
    /// `prefix[i]`: the hash of the key's first `i` scalars.
    private var prefix: [UInt64] = [0]
    /// `suffix[i]`: the key's scalars from `i` on, weighted as they are in the whole key.
    private var suffix: [UInt64] = [0]
    /// `powers[i]`: `base` to the power `i`.
    private var powers: [UInt64] = [1]
    /// The key's length.
    private(set) var length = 0

    /// Prepares the hashes of key `key`'s variants.
    ///
    /// - Complexity: O(length of the key).
    mutating func load(_ key: Int, of keys: MatchingKeys) {
        let range = keys.range(of: key)
        length = range.count
        while powers.count <= length { powers.append(powers[powers.count - 1] &* Self.base) }
        prefix.removeAll(keepingCapacity: true)
        suffix.removeAll(keepingCapacity: true)
        var hash: UInt64 = 0
        prefix.append(0)
        for position in range {
            hash = hash &* Self.base &+ UInt64(keys.scalars[position])
            prefix.append(hash)
        }
        // Built back to front, then reversed: suffix[i] for i = length … 0.
        hash = 0
        suffix.append(0)
        for (offset, position) in range.reversed().enumerated() {
            hash = hash &+ UInt64(keys.scalars[position]) &* powers[offset]
            suffix.append(hash)
        }
        suffix.reverse()
    }

    /// The hash of variant `variant` of the loaded key.
    ///
    /// - Complexity: O(1).
    func hash(of variant: Int) -> UInt64 {
        guard variant > 0 else { return Self.finalized(prefix[length], length: length) }
        let skipped = variant - 1
        return Self.finalized(prefix[skipped] &* powers[length - 1 - skipped] &+ suffix[skipped + 1], length: length - 1)
    }

    /// The polynomial hash mixed with the length and scrambled (SplitMix64's finaliser), so that
    /// its low bits can index a table.
    private static func finalized(_ hash: UInt64, length: Int) -> UInt64 {
        var z = hash ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
