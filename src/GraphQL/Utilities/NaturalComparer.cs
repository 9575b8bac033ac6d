namespace BpjsTk.GraphQL.Utilities;

/// <summary>Orders strings by UTF-16 code unit, except that runs of digits compare as numbers ("a2" before "a10"), as graphql-js naturalCompare does.</summary>
internal sealed class NaturalComparer : IComparer<string>
{
    public static NaturalComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var xIndex = 0;
        var yIndex = 0;
        while (xIndex < x.Length && yIndex < y.Length)
        {
            if (char.IsAsciiDigit(x[xIndex]) && char.IsAsciiDigit(y[yIndex]))
            {
                var xNumber = ReadNumber(x, ref xIndex);
                var yNumber = ReadNumber(y, ref yIndex);
                if (xNumber != yNumber)
                {
                    return xNumber < yNumber ? -1 : 1;
                }
            }
            else
            {
                if (x[xIndex] != y[yIndex])
                {
                    return x[xIndex] < y[yIndex] ? -1 : 1;
                }

                xIndex++;
                yIndex++;
            }
        }

        return x.Length - y.Length;
    }

    // a leading zero ends the number, so "a01" reads as 0 then "1", as in graphql-js
    private static double ReadNumber(string text, ref int index)
    {
        double number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);
        return number;
    }
}
