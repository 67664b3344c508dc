using OpenCsc.Audit;

namespace OpenCsc.Tests.Audit;

/// <summary>The audit key, its seal and its file. Expected values from openssl (commands in the comments).</summary>
public sealed class AuditKeyTests
{
    // printf '%s' 'OpenCSC development audit key: published, protects nothing' | sha256sum
    private const string DevelopmentKeyHex = "adb8d805e436ebb8d33beaa00302bd67bd07a6909135fc5c0d4bc1868999aea0";

    [Fact]
    public void Development_IsTheSha256OfItsPublishedSentence()
    {
        Assert.Equal(DevelopmentKeyHex, AuditKey.Development.ToHex());
        Assert.True(AuditKey.Development.IsDevelopment);
        Assert.True(AuditKey.FromHex(DevelopmentKeyHex).IsDevelopment);
    }

    [Fact]
    public void Compute_KeyedEntry_IsHmacSha256OfTheCanonicalText()
    {
        var entry = new AuditEntry
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
            PreviousHash = AuditHash.Genesis,
        };

        // printf '%s' '<the canonical text in AuditHashTests>' | openssl dgst -sha256 -mac HMAC -macopt hexkey:<DevelopmentKeyHex>
        Assert.Equal("5e55722b98db45986e04615d32a2f9e100cfc5ac05774bbd91e9143af9a327a7", AuditHash.Compute(entry, AuditKey.Development));
        Assert.NotEqual(AuditHash.Compute(entry, AuditKey.Development), AuditHash.Compute(entry, AuditKey.CreateRandom()));
    }

    [Fact]
    public void Id_NamesTheKeyWithoutRevealingIt()
    {
        // printf '%s' opencsc-audit-key-id | openssl dgst -sha256 -mac HMAC -macopt hexkey:<DevelopmentKeyHex>, first 16 digits
        Assert.Equal("7eabd4a23af28adf", AuditKey.Development.Id);
        Assert.Equal("development audit key 7eabd4a23af28adf", AuditKey.Development.ToString());
        Assert.DoesNotContain(DevelopmentKeyHex, AuditKey.Development.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromHex_NotAKey_Throws()
    {
        Assert.Throws<FormatException>(() => AuditKey.FromHex("abc"));
        Assert.Throws<FormatException>(() => AuditKey.FromHex(new string('g', 64)));
    }

    [Fact]
    public void LoadOrCreate_NoFile_MakesOneReadableByItsOwnerOnly_ThenLoadsTheSameKey()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("opencsc-key-").FullName, "data", "opencsc-audit.key");

        AuditKey made = AuditKeyFile.LoadOrCreate(path);
        AuditKey loaded = AuditKeyFile.Load(path);

        Assert.Equal(made.ToHex(), loaded.ToHex());
        Assert.False(made.IsDevelopment);
        Assert.Equal(made.ToHex() + "\n", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Load_FileOthersCanRead_IsRefused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string path = Path.Combine(Directory.CreateTempSubdirectory("opencsc-key-").FullName, "opencsc-audit.key");
        File.WriteAllText(path, DevelopmentKeyHex + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        AuditKeyException refused = Assert.Throws<AuditKeyException>(() => AuditKeyFile.Load(path));

        Assert.Equal($"The audit key {path} can be read or written by other users: run 'chmod 600 {path}'.", refused.Message);
    }

    [Fact]
    public void Load_NoFile_SaysWhereAndHowToConfigure()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("opencsc-key-").FullName, "missing.key");

        AuditKeyException refused = Assert.Throws<AuditKeyException>(() => AuditKeyFile.Load(path));

        Assert.StartsWith($"There is no audit key at {path}. Set Audit:KeyFile", refused.Message, StringComparison.Ordinal);
    }
}
