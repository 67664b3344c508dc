using OpenCsc.Audit;

namespace OpenCsc.Tests.Audit;

/// <summary>The chain check on entries built by hand: 1 and 2 chained properly, then each kind of break.</summary>
public sealed class VerifyAuditTrailTests
{
    private static AuditEntry Entry(long sequence, string previousHash)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = new DateTime(2026, 6, 15, 12, 0, 0),
            UserId = "u-1",
            UserName = "Ann",
            Address = "cli",
            Action = AuditAction.Search,
            Details = """{"terms":"smith","results":3}""",
            PreviousHash = previousHash,
        };
        entry.Hash = AuditHash.Compute(entry, AuditKey.Development);
        return entry;
    }

    [Fact]
    public void Check_EntryThatFollowsOn_IsNull()
    {
        AuditEntry first = Entry(1, AuditHash.Genesis);
        AuditEntry second = Entry(2, first.Hash);

        Assert.Null(VerifyAuditTrail.Check(first, 1, AuditHash.Genesis, AuditKey.Development));
        Assert.Null(VerifyAuditTrail.Check(second, 2, first.Hash, AuditKey.Development));
    }

    [Fact]
    public void Check_EditedEntry_IsHashMismatch()
    {
        AuditEntry first = Entry(1, AuditHash.Genesis);
        first.Details = """{"terms":"jones","results":3}""";

        Assert.StartsWith("hash mismatch", VerifyAuditTrail.Check(first, 1, AuditHash.Genesis, AuditKey.Development), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SequenceJumps_IsAGapNamingTheMissingEntries()
    {
        AuditEntry first = Entry(1, AuditHash.Genesis);
        AuditEntry fourth = Entry(4, first.Hash);

        Assert.Equal("sequence gap: expected entry 2, found 4; entries 2 to 3 were deleted", VerifyAuditTrail.Check(fourth, 2, first.Hash, AuditKey.Development));
    }

    [Fact]
    public void Check_ChainedToSomethingElse_IsPreviousHashMismatch()
    {
        AuditEntry first = Entry(1, AuditHash.Genesis);
        AuditEntry second = Entry(2, new string('a', 64));

        Assert.StartsWith("previous-hash mismatch: the entry does not follow on from entry 1", VerifyAuditTrail.Check(second, 2, first.Hash, AuditKey.Development), StringComparison.Ordinal);
    }
}
