package io.github.wirestory.internal.clean;

/**
 * Photo credit lines: "Photo by KCNA/UPI", "File Photo by Thomas Maresca/UPI", "Photo: KCNA/EPA",
 * "(AP Photo/Ahn Young-joon, File)", "REUTERS/Kim Hong-Ji", "Photograph: X/Getty Images".
 */
public final class PhotoCreditCleaner extends LineCleaner {
    /** The name recorded with removals. */
    public static final String NAME = "photo-credits";
    /** Compiled once: the matcher reuse in {@link PatternLines} is per pattern set. */
    private static final PatternLines LINES = new PatternLines(160,
            "(?i)\\(?(file |handout |pool )?(photo|image|picture|photograph|video)s?( credit)?\\s?(by|:|/)"
                    + "\\s?[^\\s].{0,140}",
            "\\(?(AP|AFP|UPI|EPA|EPA-EFE|Reuters|REUTERS|Xinhua|Yonhap|KCNA|Getty Images|Pool)"
                    + "( Photo| Images?| Pool)?\\s?/\\s?[^/]{1,100}\\)?",
            "(?i)\\(?(credit|image credit|photo credit|courtesy( of)?)\\s?:\\s?[^\\s].{0,120}\\)?",
            "(?i)(getty images|shutterstock|istock|alamy)( via [\\p{L} .]{1,40})?");

    /** Creates the cleaner. */
    public PhotoCreditCleaner() {
        super(NAME, LINES);
    }
}
