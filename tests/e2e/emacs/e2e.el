;;; e2e.el --- Headless Emacs + Eglot against resolution-ls  -*- lexical-binding: t; -*-

;; Run: LSP_CMD=target/release/resolution-ls DRAFT=seed-000.res DRAFT_TXT=seed-000.txt \
;;        emacs --batch -l tests/e2e/emacs/e2e.el
;; Loads editors/emacs/resolution-ls.el, opens a draft with seed 000's
;; mistakes, waits for Flymake diagnostics, asks for hover on a citation,
;; applies a code action through Eglot's own code-action executor, runs the
;; server's reletter command, and shuts the server down.
;; Prints `ok …' / `FAIL …' lines, then `N passed, M failed'; exit status 0/1.

;;; Code:

(package-initialize)
(require 'eglot)
(require 'flymake)
(load (expand-file-name "../../../editors/emacs/resolution-ls.el"
                        (file-name-directory (or load-file-name buffer-file-name)))
      nil t)

(defvar e2e-passed 0)
(defvar e2e-failed 0)
(defvar e2e-start (float-time))
(defconst e2e-title-wtdc-23 "为发展中国家提供的互联网接入和可用性及国际互联网连接收费原则")

(defun e2e-out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defmacro e2e-check (name &rest body)
  "Run BODY; its value (a string) is the detail of a pass, an error a failure."
  (declare (indent 1))
  `(condition-case err
       (let ((detail (progn ,@body)))
         (setq e2e-passed (1+ e2e-passed))
         (e2e-out "ok   %5.1fs %s%s" (- (float-time) e2e-start) ,name
                  (if (and detail (stringp detail)) (concat " — " detail) "")))
     (error
      (setq e2e-failed (1+ e2e-failed))
      (e2e-out "FAIL %5.1fs %s — %s" (- (float-time) e2e-start) ,name (error-message-string err)))))

(defun e2e-wait (what pred &optional seconds)
  "Process events until PRED returns non-nil; its value, or an error after SECONDS."
  (let ((until (+ (float-time) (or seconds 20)))
        value)
    (while (and (not (setq value (funcall pred))) (< (float-time) until))
      (accept-process-output nil 0.05))
    (or value (error "Timed out after %ss waiting for %s" (or seconds 20) what))))

(defun e2e-codes ()
  "The rule codes of the current buffer's Flymake diagnostics."
  (mapcar (lambda (d)
            (let ((text (flymake-diagnostic-text d)))
              (if (string-match "\\[\\(RLS[0-9]+\\)\\]" text) (match-string 1 text) text)))
          (flymake-diagnostics)))

(defun e2e-count (code)
  (cl-count code (e2e-codes) :test #'equal))

(defun e2e-goto-line-start (prefix)
  "Move to the first line starting with PREFIX; return its 0-based number."
  (goto-char (point-min))
  (unless (re-search-forward (concat "^" (regexp-quote prefix)) nil t)
    (error "No line starting with %s" prefix))
  (beginning-of-line)
  (1- (line-number-at-pos)))

(defun e2e-sync ()
  "What Eglot's and Flymake's idle timers do after an edit (batch mode is never idle):
send the pending didChange, then start a Flymake check."
  (eglot--signal-textDocument/didChange)
  (flymake-start))

(defun e2e-wait-count (what pred)
  "Like `e2e-wait', re-running Flymake now and then until PRED holds."
  (let ((n 0))
    (e2e-wait what (lambda ()
                     (when (zerop (% (cl-incf n) 10)) (flymake-start))
                     (funcall pred))
              20)))

(defun e2e-line-text ()
  (buffer-substring-no-properties (line-beginning-position) (line-end-position)))

(setq resolution-ls-server-command (list (or (getenv "LSP_CMD") "resolution-ls")))
(setq eglot-sync-connect 30
      eglot-connect-timeout 30
      eglot-autoreconnect nil
      ;; The server's reletter command edits through workspace/applyEdit:
      ;; apply it without the y-or-n-p question batch mode cannot answer.
      eglot-confirm-server-initiated-edits nil)

(let ((draft (getenv "DRAFT"))
      (draft-txt (getenv "DRAFT_TXT"))
      fused-before server)
  (unless (and draft (file-exists-p draft))
    (e2e-out "FAIL DRAFT is not set to an existing file: %S" draft)
    (kill-emacs 1))

  (e2e-check "a .txt draft opens in itu-resolution-mode (first-line detection)"
    (if (not draft-txt)
        "skipped (DRAFT_TXT not set)"
      (with-current-buffer (find-file-noselect draft-txt)
        (prog1 (format "%s: %s" (file-name-nondirectory draft-txt) major-mode)
          (unless (eq major-mode 'itu-resolution-mode)
            (error "%s opened in %s" draft-txt major-mode))
          (kill-buffer)))))

  (find-file draft)
  (e2e-check "a .res draft opens in itu-resolution-mode"
    (unless (eq major-mode 'itu-resolution-mode)
      (error "major mode is %s" major-mode))
    (format "%s" major-mode))

  (e2e-check "Eglot starts resolution-ls with the language id itu-resolution"
    ;; `eglot-ensure' only hooks `post-command-hook', which batch mode never runs.
    (apply #'eglot (eglot--guess-contact))
    (setq server (e2e-wait "the server" #'eglot-current-server 30))
    (unless (equal (eglot--language-id server) "itu-resolution")
      (error "language id %s" (eglot--language-id server)))
    (format "%s, pid %s" (plist-get (eglot--server-info server) :version)
            (process-id (jsonrpc--process server))))

  (e2e-check "Flymake shows the fused labels (RLS0105) and merged revisions (RLS0404)"
    (unless server (error "the server did not start"))
    (e2e-wait "RLS0105 diagnostics" (lambda () (> (e2e-count "RLS0105") 0)) 30)
    (setq fused-before (e2e-count "RLS0105"))
    (let* ((line (e2e-goto-line-start "lk)"))
           (on-lk (cl-find-if (lambda (d) (and (string-match-p "RLS0105" (flymake-diagnostic-text d))
                                               (= (1- (line-number-at-pos (flymake-diagnostic-beg d))) line)))
                              (flymake-diagnostics))))
      (unless on-lk (error "no RLS0105 on the lk) line"))
      (when (zerop (e2e-count "RLS0404")) (error "no RLS0404 among %S" (e2e-codes)))
      (format "%d diagnostics, %d RLS0105; on lk): %s"
              (length (flymake-diagnostics)) fused-before (flymake-diagnostic-text on-lk))))

  (e2e-check "hover on WTDC第23号决议 shows the resolution's title"
    (goto-char (point-min))
    (unless (search-forward "WTDC第23号决议" nil t) (error "no WTDC第23号决议 in the draft"))
    (backward-char 3)
    (let ((text (resolution-ls-catalogue-entry-at-point)))
      (unless (and text (string-match-p (regexp-quote e2e-title-wtdc-23) text))
        (error "hover: %S" text))
      (car (split-string text "\n"))))

  (e2e-check "code action “Reletter 忆及” at lk), run by Eglot's code-action executor"
    (let* ((line (e2e-goto-line-start "lk)"))
           (actions (eglot-code-actions (point) (+ (point) 3)))
           (titles (mapcar (lambda (a) (plist-get a :title)) actions))
           (wanted (cl-find-if (lambda (title) (string-match-p "\\`重新编号“忆及”" title)) titles)))
      (unless wanted (error "actions offered: %S" titles))
      ;; What a person does: pick the action by its title from Eglot's menu.
      (let ((completing-read-function (lambda (&rest _) wanted))
            (last-nonmenu-event ?\r))
        (eglot--read-execute-code-action actions server))
      (goto-char (point-min))
      (forward-line line)
      (unless (string-prefix-p "l)" (e2e-line-text))
        (error "line %d is now %S" (1+ line) (e2e-line-text)))
      (e2e-sync)
      (e2e-wait-count "fewer RLS0105" (lambda () (< (e2e-count "RLS0105") fused-before)))
      (format "%d actions offered; line %d now starts “l)”; RLS0105 %d → %d"
              (length titles) (1+ line) fused-before (e2e-count "RLS0105"))))

  (e2e-check "command resolution-ls-reletter-document (workspace/executeCommand) fixes every label"
    (let ((line (e2e-goto-line-start "bc)")))
      (resolution-ls-reletter-document)
      (goto-char (point-min))
      (forward-line line)
      (unless (string-prefix-p "c)" (e2e-line-text))
        (error "line %d is now %S" (1+ line) (e2e-line-text)))
      (e2e-sync)
      (e2e-wait-count "no RLS0105 left" (lambda () (zerop (e2e-count "RLS0105"))))
      (format "line %d “bc)” now starts “c)”; RLS0105 → 0" (1+ line))))

  (e2e-check "the server shuts down"
    (set-buffer-modified-p nil)
    (eglot-shutdown server)
    (e2e-wait "the server process to end" (lambda () (not (process-live-p (jsonrpc--process server)))) 10)
    "shutdown answered, exit sent, process gone"))

(e2e-out "%d passed, %d failed" e2e-passed e2e-failed)
(kill-emacs (if (zerop e2e-failed) 0 1))
;;; e2e.el ends here
