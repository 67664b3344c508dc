using OpenCsc.Testing;

namespace OpenCsc.Tests.Returns;

/// <summary>
/// The DfE specifications and sample files other projects publish, read in place through <see cref="SharedFolder"/>.
/// </summary>
internal static class SharedFormats
{
    /// <summary>The full path of a shared file or folder, or a failed or skipped test when it is not there.</summary>
    public static string Require(params string[] parts) => SharedFolder.Require(Path.Combine(parts));

    /// <summary>Validates XML against an XSD from the shared folder; returns the validation errors.</summary>
    public static IReadOnlyList<string> Validate(byte[] xml, string xsdPath) => XsdValidation.Validate(xml, xsdPath);
}

/// <summary>A temporary folder deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("opencsc-returns-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        string path = File(name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        string path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
