package org.evident.exporters.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Base of the input items that are one whole file: the file, its document id, origin and size. */
abstract class FileInputItem implements InputItem {
    /** The file. */
    protected final Path file;
    /** The document id: the file's path relative to the input root. */
    protected final String id;

    FileInputItem(Path file, String id) {
        this.file = file;
        this.id = id;
    }

    @Override
    public String origin() {
        return file.toString();
    }

    @Override
    public long sizeInBytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
