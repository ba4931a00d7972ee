/// The `_xHHHH_` escapes of Office Open XML strings (ECMA-376 Part 1, §22.9.2.19, `ST_Xstring`).
///
/// XML 1.0 cannot hold most control characters, even as character references, so Excel writes
/// each as `_x` and four hexadecimal digits and `_` (a carriage return is `_x000D_`), and writes a
/// literal `_x` that would look like an escape with its underscore escaped (`_x005F_x0041_`).
enum XLSXEscapes {
    /// `text` with every `_xHHHH_` replaced by its character; a UTF-16 surrogate pair written as
    /// two escapes becomes one character, and an escape that names no character stays as written.
    ///
    /// - Complexity: O(n) in the length of `text`; text without `_x` is returned as it is.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard let unit = codeUnit(in: bytes, at: index) else {
                decoded.append(bytes[index])
                index += 1
                continue
            }
            if let scalar = Unicode.Scalar(unit) {
                UTF8.encode(scalar) { decoded.append($0) }
                index += 7
            } else if UTF16.isLeadSurrogate(unit), let trail = codeUnit(in: bytes, at: index + 7),
                UTF16.isTrailSurrogate(trail),
                let scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(trail) - 0xDC00))
            {
                UTF8.encode(scalar) { decoded.append($0) }
                index += 14
            } else {
                decoded.append(contentsOf: bytes[index..<(index + 7)])
                index += 7
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// The UTF-16 code unit of an escape `_xHHHH_` starting at `index`, if one starts there.
    private static func codeUnit(in bytes: [UInt8], at index: Int) -> UInt16? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
            bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var unit: UInt16 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(byte) else { return nil }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
