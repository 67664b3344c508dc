using OpenCsc.Audit;

namespace OpenCsc.Tests.Audit;

public sealed class AuditHashTests
{
    private static AuditEntry FirstView() => new()
    {
        Sequence = 1,
        At = new DateTime(2026, 6, 15, 12, 0, 0),
        UserId = "u-1",
        UserName = "Ann",
        Address = "cli",
        Action = AuditAction.View,
        EntityType = "Child",
        EntityId = "42",
        ChildId = 42,
        Details = null,
        PreviousHash = AuditHash.Genesis,
    };

    [Fact]
    public void Canonical_EachFieldLengthPrefixed_NullAsDash()
    {
        Assert.Equal(
            "1:1;26:2026-06-15T12:00:00.000000;3:u-1;3:Ann;3:cli;4:View;5:Child;2:42;2:42;-;64:" + AuditHash.Genesis + ";",
            AuditHash.Canonical(FirstView()));
    }

    [Fact]
    public void Sha256_IsSha256OfTheCanonicalText()
    {
        // printf '%s' '<the canonical text above>' | sha256sum
        Assert.Equal("e2d39d67ed89547fbe00d76ffc019ea9edd6cca33bc1899259dcc161fae779c8", AuditHash.Sha256(FirstView()));
    }

    [Fact]
    public void Canonical_ASeparatorInsideAValue_CannotMimicAnotherEntry()
    {
        AuditEntry a = FirstView();
        a.UserId = "u-1;3:Ann";
        a.UserName = "";
        AuditEntry b = FirstView();

        Assert.NotEqual(AuditHash.Canonical(b), AuditHash.Canonical(a));
    }

    [Fact]
    public void Compute_AnyFieldChanged_ChangesTheHash()
    {
        string original = AuditHash.Compute(FirstView(), AuditKey.Development);
        var edits = new List<Action<AuditEntry>>
        {
            e => e.Sequence = 2,
            e => e.At = e.At.AddTicks(10),
            e => e.UserId = "u-2",
            e => e.UserName = "Anne",
            e => e.Address = "10.0.0.1",
            e => e.Action = AuditAction.Update,
            e => e.EntityType = null,
            e => e.EntityId = "43",
            e => e.ChildId = null,
            e => e.Details = "{}",
            e => e.PreviousHash = new string('1', 64),
        };

        foreach (Action<AuditEntry> edit in edits)
        {
            AuditEntry edited = FirstView();
            edit(edited);
            Assert.NotEqual(original, AuditHash.Compute(edited, AuditKey.Development));
        }
    }

    [Fact]
    public void ToStoredPrecision_DropsTicksBelowAMicrosecond()
    {
        var at = new DateTime(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc).AddTicks(12_345_678);

        DateTime stored = AuditHash.ToStoredPrecision(at);

        Assert.Equal(new DateTime(2026, 6, 15, 12, 0, 0).AddTicks(12_345_670), stored);
        Assert.Equal(DateTimeKind.Unspecified, stored.Kind);
    }
}
