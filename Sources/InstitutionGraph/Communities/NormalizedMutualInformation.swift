import Foundation

/// How much two labellings of the same items agree: their mutual information, normalised by the
/// arithmetic mean of their entropies (scikit-learn's `normalized_mutual_info_score`, the
/// default `average_method="arithmetic"`). 1 when each labelling determines the other, 0 when
/// they are independent.
public enum NormalizedMutualInformation {
    /// The NMI of `first` and `second`, which label the same items in the same order.
    ///
    /// When either labelling has a single label (no entropy) the NMI is 1 if both do, and 0
    /// otherwise, as in scikit-learn. An empty list scores 1.
    ///
    /// - Precondition: both have one label per item.
    /// - Complexity: O(items)
    public static func between<A: Hashable, B: Hashable>(_ first: [A], _ second: [B]) -> Double {
        precondition(first.count == second.count, "NMI compares two labellings of the same items")
        // Labels become dense numbers in order of first appearance, and every sum runs in a fixed
        // order, so the result does not depend on hashing (it is the same in every run).
        let (a, firstCounts) = dense(first)
        let (b, secondCounts) = dense(second)
        if firstCounts.count <= 1 || secondCounts.count <= 1 {
            return firstCounts.count == secondCounts.count ? 1 : 0
        }
        let count = Double(first.count)
        var joint: [Int: Int] = [:]
        for (x, y) in zip(a, b) { joint[x * secondCounts.count + y, default: 0] += 1 }
        let entropy = { (counts: [Int]) in
            -counts.reduce(0.0) { sum, c in sum + Double(c) / count * log(Double(c) / count) }
        }
        var information = 0.0
        for key in joint.keys.sorted() {
            let together = Double(joint[key]!)
            let (x, y) = key.quotientAndRemainder(dividingBy: secondCounts.count)
            information += together / count * log(together * count / (Double(firstCounts[x]) * Double(secondCounts[y])))
        }
        let mean = (entropy(firstCounts) + entropy(secondCounts)) / 2
        return mean > 0 ? max(0, min(1, information / mean)) : 1
    }

    /// Each label as a number in order of first appearance, and how many items carry each number.
    private static func dense<T: Hashable>(_ labels: [T]) -> (numbers: [Int], counts: [Int]) {
        var number: [T: Int] = [:]
        var counts: [Int] = []
        let numbers = labels.map { label in
            if let existing = number[label] {
                counts[existing] += 1
                return existing
            }
            number[label] = counts.count
            counts.append(1)
            return counts.count - 1
        }
        return (numbers, counts)
    }
}

extension Dataset {
    /// How well communities of institutions recover the consortia: the NMI (see
    /// ``NormalizedMutualInformation``) between consortium and community over memberships.
    ///
    /// Each membership (institution *i* in consortium *c*) is one item, labelled *c* on one side
    /// and *i*'s community on the other. An institution in several consortia so counts once per
    /// consortium, and no consortium has to be chosen as its "primary" one; since it sits in one
    /// community only, a dataset with shared institutions cannot score exactly 1.
    ///
    /// - Parameter communityOf: the community of each institution (``CommunityPartition/labels``
    ///   of the institutions projection).
    /// - Complexity: O(memberships)
    public func consortiumAgreement(communityOf: [Int]) -> Double {
        precondition(communityOf.count == institutions.count, "one community per institution")
        var consortiumLabels: [Int] = []
        var communityLabels: [Int] = []
        for (index, consortium) in consortia.enumerated() {
            for member in consortium.members {
                consortiumLabels.append(index)
                communityLabels.append(communityOf[member.institution])
            }
        }
        return NormalizedMutualInformation.between(consortiumLabels, communityLabels)
    }
}
