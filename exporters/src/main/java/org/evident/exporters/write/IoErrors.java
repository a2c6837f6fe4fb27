package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Input and output errors in words: the file-system exceptions of {@code java.nio} carry only the
 * path as their message ("permission denied" is in the class name), so a message built from
 * {@code getMessage()} alone says where but not why.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** The path and the reason ({@code out/json: permission denied}), or the message of any other error. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException failure) {
            String path = failure.getFile() + (failure.getOtherFile() == null ? "" : " → " + failure.getOtherFile());
            return path + ": " + reason(failure);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty is in the way";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
