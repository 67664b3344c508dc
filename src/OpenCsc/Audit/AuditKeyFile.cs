namespace OpenCsc.Audit;

/// <summary>
/// Reads the audit key from its file (64 hex digits on one line), creating one with a random key, readable by its
/// owner only (mode 0600), on first start. A key file that other users may read or write is refused.
/// </summary>
public static class AuditKeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <exception cref="AuditKeyException">There is no file, other users can read it, or it holds no key.</exception>
    public static AuditKey Load(string path)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new AuditKeyException(
                $"There is no audit key at {full}. Set Audit:KeyFile (Audit__KeyFile in the environment) to the key file the web host uses.");
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(full) & GroupOrOther) != 0)
        {
            throw new AuditKeyException($"The audit key {full} can be read or written by other users: run 'chmod 600 {full}'.");
        }

        try
        {
            return AuditKey.FromHex(File.ReadAllText(full));
        }
        catch (FormatException)
        {
            throw new AuditKeyException($"{full} is not an OpenCSC audit key: expected {AuditKey.Length * 2} hexadecimal digits.");
        }
    }

    /// <summary>The key in the file, or a new random key written to it (mode 0600) when there is no file yet.</summary>
    public static AuditKey LoadOrCreate(string path)
    {
        string full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return Load(full);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        AuditKey key = AuditKey.CreateRandom();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var stream = new FileStream(full, options);
            using var writer = new StreamWriter(stream);
            writer.Write(key.ToHex() + "\n");
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another process made it first: use theirs, so both seal with the same key.
            return Load(full);
        }

        return key;
    }
}

public sealed class AuditKeyException(string message) : Exception(message);
