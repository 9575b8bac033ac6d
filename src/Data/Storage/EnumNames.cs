using System.Text;

namespace BpjsTk.Data.Storage;

public static class EnumNames
{
    /// <summary><c>KurCreditTieIn</c> becomes <c>KUR_CREDIT_TIE_IN</c>; names already upper case (<c>BPU</c>) stay as they are.</summary>
    public static string ToScreamingSnake(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The stored name of an enum value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => ToScreamingSnake(value.ToString());
}
