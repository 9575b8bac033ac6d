using System.Runtime.CompilerServices;

namespace BpjsTk.GraphQL.Tests.Language;

/// <summary>
/// Compares text with <c>__snapshots__/&lt;Test&gt;.snap</c> beside the calling test file, byte for byte;
/// <c>UPDATE_SNAPSHOTS=1</c> rewrites the file instead.
/// </summary>
internal static class LanguageSnapshot
{
    public static void Match(string actual, [CallerMemberName] string testName = "", [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        var file = Path.Combine(folder, testName + ".snap");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, actual);
            return;
        }
        Assert.True(File.Exists(file), $"Snapshot {file} is missing; run with UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(file), actual);
    }
}
