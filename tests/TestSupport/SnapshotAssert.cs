using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace BpjsTk.TestSupport;

/// <summary>Compares text with <c>__snapshots__/&lt;Test&gt;.snap</c> beside the test file; <c>UPDATE_SNAPSHOTS=1</c> rewrites it.</summary>
public static class SnapshotAssert
{
    private const int MaxReportedLines = 40;

    public static void Matches(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        var expectedPath = Path.Combine(folder, testName + ".snap");
        var receivedPath = Path.Combine(folder, testName + ".received.snap");
        actual = Normalize(actual);

        if (string.Equals(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"), "1", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(expectedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, actual);
            throw new XunitException($"No snapshot at {expectedPath}; wrote {receivedPath}. Run with UPDATE_SNAPSHOTS=1 to accept it.");
        }

        var expected = Normalize(File.ReadAllText(expectedPath));
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        throw new XunitException(
            $"Snapshot {expectedPath} differs (received: {receivedPath}; UPDATE_SNAPSHOTS=1 accepts it):{Environment.NewLine}{Diff(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    // Lines present on one side only, in order, with their line numbers: enough to read a change without a diff tool.
    private static string Diff(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var common = LongestCommonSubsequence(expectedLines, actualLines);
        var builder = new StringBuilder();
        int e = 0, a = 0, reported = 0;
        while ((e < expectedLines.Length || a < actualLines.Length) && reported < MaxReportedLines)
        {
            if (e < expectedLines.Length && a < actualLines.Length && string.Equals(expectedLines[e], actualLines[a], StringComparison.Ordinal))
            {
                e++;
                a++;
            }
            else if (e < expectedLines.Length && (a == actualLines.Length || common[e + 1, a] >= common[e, a + 1]))
            {
                builder.Append("- ").Append(e + 1).Append(": ").AppendLine(expectedLines[e++]);
                reported++;
            }
            else
            {
                builder.Append("+ ").Append(a + 1).Append(": ").AppendLine(actualLines[a++]);
                reported++;
            }
        }

        return builder.ToString();
    }

    // common[i, j] = length of the longest common subsequence of expected[i..] and actual[j..].
    private static int[,] LongestCommonSubsequence(string[] expected, string[] actual)
    {
        var common = new int[expected.Length + 1, actual.Length + 1];
        for (var i = expected.Length - 1; i >= 0; i--)
        {
            for (var j = actual.Length - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(expected[i], actual[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        return common;
    }
}
