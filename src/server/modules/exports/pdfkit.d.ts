// The part of pdfkit 0.20's API the exports use (pdfkit ships no types of its own).
declare module 'pdfkit' {
  import type { Readable } from 'node:stream';

  export interface StructureElement {
    add(child: StructureElement | (() => void)): StructureElement;
    end(): void;
  }
  export interface TextOptions {
    width?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    structParent?: StructureElement;
    structType?: string;
    paragraphGap?: number;
  }
  export interface TableCell {
    text: string;
    type?: 'TH' | 'TD';
    scope?: 'Row' | 'Column' | 'Both';
    font?: { src?: string; size?: number };
    align?: { x?: 'left' | 'center' | 'right' };
  }
  export interface TableOptions {
    data: (TableCell | string)[][];
    structParent?: StructureElement;
    columnStyles?: (string | number)[] | { width?: string | number };
    defaultStyle?: { border?: number; borderColor?: string; padding?: number | string };
  }
  export interface DocumentOptions {
    pdfVersion?: '1.7ext3' | '1.7';
    userPassword?: string;
    ownerPassword?: string;
    permissions?: Record<string, boolean | string>;
    tagged?: boolean;
    lang?: string;
    displayTitle?: boolean;
    subset?: 'PDF/UA';
    info?: { Title?: string; Author?: string; Subject?: string; Creator?: string; Producer?: string; CreationDate?: Date };
    font?: string;
    size?: string;
    margin?: number;
    bufferPages?: boolean;
  }

  class PDFDocument extends Readable {
    constructor(options?: DocumentOptions);
    y: number;
    page: { width: number; height: number; margins: { left: number; right: number; top: number; bottom: number } };
    registerFont(name: string, src: string): this;
    font(name: string): this;
    fontSize(size: number): this;
    text(text: string, options?: TextOptions): this;
    moveDown(lines?: number): this;
    addPage(): this;
    struct(type: string, options?: { title?: string; lang?: string; alt?: string }, children?: (() => void) | StructureElement[]): StructureElement;
    addStructure(element: StructureElement): this;
    table(options: TableOptions): this;
    end(): void;
  }
  export default PDFDocument;
}
